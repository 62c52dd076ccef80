"""Start Dot Voting: what the room votes on, how many votes each, and on which network.

The facilitator chooses the steps (the map's unresolved crossroads, or the steps
selected on the map), a title the phones show, the votes per person (3 by default),
whether a person may put several on one step, and the address the phones reach: the
machine's addresses are listed with their interfaces, the first that other devices
can reach proposed; "this computer only" (127.0.0.1) and "no network" (the votes are
entered on the laptop) are there too.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..model.voting import DEFAULT_VOTES_PER_PERSON, MAX_VOTES_PER_PERSON
from ..voting.addresses import Address, default_address

NO_NETWORK = ""  # the address choice for "enter the votes on this laptop"


@dataclass(frozen=True)
class RoundChoice:
    title: str
    selected_steps: bool       # the selected steps, else the unresolved crossroads
    votes_per_person: int
    stacking: bool
    address: str               # an IP address, or NO_NETWORK


class VoteRoundDialog(QDialog):
    def __init__(self, crossroads: int, selected: int, addresses: list[Address],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VoteRoundDialog")
        self.setWindowTitle(self.tr("Start Dot Voting"))
        self.title = QLineEdit(self.tr("Which friction points matter most?"))
        self.title.setMaxLength(200)
        self.on_crossroads = QRadioButton(
            self.tr("The map's unresolved crossroads ({0})").format(crossroads))
        self.on_selected = QRadioButton(self.tr("The selected steps ({0})").format(selected))
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.on_crossroads)
        self.scope.addButton(self.on_selected)
        self.on_crossroads.setEnabled(crossroads > 0)
        self.on_selected.setEnabled(selected > 0)
        (self.on_selected if selected >= 2 or not crossroads else self.on_crossroads) \
            .setChecked(True)
        self.votes = QSpinBox()
        self.votes.setRange(1, MAX_VOTES_PER_PERSON)
        self.votes.setValue(DEFAULT_VOTES_PER_PERSON)
        self.stacking = QCheckBox(self.tr("A person may put several votes on one step"))
        self.network = QComboBox()
        for address in addresses:
            if address.loopback:
                text = self.tr("{0} — this computer only").format(address.ip)
            elif address.interface:
                text = self.tr("{0} ({1})").format(address.ip, address.interface)
            else:
                text = address.ip
            self.network.addItem(text, address.ip)
        self.network.addItem(self.tr("No network: enter the votes on this computer"),
                             NO_NETWORK)
        if addresses:
            self.network.setCurrentIndex(self.network.findData(default_address(addresses).ip))
        note = QLabel(self.tr(
            "Phones on the chosen network open the voting page from the QR code shown on "
            "the map. Only the steps' names are shown to them; nothing else of the map, and "
            "no one's name, leaves this computer. The page closes with the round."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        scope = QVBoxLayout()
        scope.addWidget(self.on_crossroads)
        scope.addWidget(self.on_selected)
        form.addRow(self.tr("Vote on"), scope)
        form.addRow(self.tr("&Votes per person"), self.votes)
        form.addRow("", self.stacking)
        form.addRow(self.tr("&Network"), self.network)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start Voting"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def choice(self) -> RoundChoice:
        return RoundChoice(title=" ".join(self.title.text().split()),
                           selected_steps=self.on_selected.isChecked(),
                           votes_per_person=self.votes.value(),
                           stacking=self.stacking.isChecked(),
                           address=self.network.currentData() or NO_NETWORK)
