"""Every sentence of the analysis comes from the translatable wording module."""

import ast
import inspect

import journeymapper.analysis.summary as summary
import journeymapper.analysis.wording as wording


def test_findings_use_only_the_translatable_sentences_and_all_of_them():
    tree = ast.parse(inspect.getsource(summary))
    literal_templates = [
        call.args[3].value for call in ast.walk(tree)
        if isinstance(call, ast.Call) and getattr(call.func, "id", None) == "finding"
        and len(call.args) >= 4 and isinstance(call.args[3], ast.Constant)]
    assert literal_templates == []  # an untranslatable sentence would slip through here
    used = {node.attr for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and getattr(node.value, "id", None) == "W"}
    defined = {name for name, value in vars(wording).items()
               if name.isupper() and isinstance(value, str)}
    assert used == defined
