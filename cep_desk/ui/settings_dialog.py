"""Settings: the counsellor's profile, sites, language, data folder and recovery key.

Two kinds of settings live here on purpose: the profile and the sites belong
with the data (they are in the store and will sync), while language and data
folder belong to this computer (``Settings``, a JSON file). Sites are saved
as soon as their own dialog is confirmed; everything else on "Save".
Validation problems are shown under their field and nothing is saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain import messages as m
from cep_desk.domain.codelists import referentials
from cep_desk.domain.messages import Issue, ValidationFailed
from cep_desk.domain.places import commune_index
from cep_desk.domain.rules import format_phone
from cep_desk.services.facade import Services
from cep_desk.services.views import CounsellorView, SiteView
from cep_desk.settings import Settings, default_data_dir
from cep_desk.storage.errors import StoreError
from cep_desk.ui.codelist_widgets import CodeCombo
from cep_desk.ui.completers import CommuneChoice, CommuneCompleter, resolve_commune
from cep_desk.ui.dialog_buttons import confirm_buttons
from cep_desk.ui.events import app_events
from cep_desk.ui.field_errors import FieldErrors, MessageBanner, describe_exception
from cep_desk.ui.language import current_language
from cep_desk.ui.store_dialogs import RecoveryKeyPanel

# Level vocabularies, in the words of the operators that use them.
VOCABULARY_LABELS: dict[str, str] = {
    "national_2020": m.QT_TRANSLATE_NOOP("SettingsDialog", "National levels since 2020 (N1, N2)"),
    "legacy_3": m.QT_TRANSLATE_NOOP("SettingsDialog", "Three levels: reception, advice, implementation"),
    "regional_uo": m.QT_TRANSLATE_NOOP("SettingsDialog", "Regional work units (UO 0 to UO 2.2)"),
}


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class SiteDialog(QDialog):
    """Add or edit one site; the commune is chosen from the list ("Millau (12100)")."""

    def __init__(self, services: Services, site: SiteView | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.site = site
        self.saved_id: str | None = None
        self._commune: CommuneChoice | None = None
        self.setWindowTitle(self.tr("Edit site") if site else self.tr("New site"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.banner = MessageBanner()
        layout.addWidget(self.banner)
        self.errors = FieldErrors(self)
        form = QFormLayout()

        self.name_edit = QLineEdit(site.name if site else "")
        self.name_edit.setAccessibleName(self.tr("Site name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Permanence de Saint-Affrique"))
        form.addRow(_label(self.tr("&Name:"), self.name_edit), self.errors.wrap("name", self.name_edit))

        self.kind_combo = CodeCombo(referentials()["site_kind"], allow_unset=False)
        self.kind_combo.setAccessibleName(self.tr("Kind of site"))
        self.kind_combo.set_code(site.kind if site else "permanence")
        form.addRow(_label(self.tr("&Kind:"), self.kind_combo), self.errors.wrap("kind", self.kind_combo))

        self.commune_edit = QLineEdit()
        self.commune_edit.setAccessibleName(self.tr("Commune of the site"))
        self.commune_edit.setPlaceholderText(self.tr("Type a name or a postal code, then choose"))
        self.commune_completer = CommuneCompleter(self.commune_edit)
        self.commune_completer.picked.connect(self._commune_picked)
        self.commune_edit.textEdited.connect(self._commune_typed)
        if site and site.commune_insee:
            commune = commune_index().get(site.commune_insee)
            if commune is not None:
                self._commune = CommuneChoice(commune, commune.postal_codes[0] if commune.postal_codes else "")
                self.commune_edit.setText(self._commune.display)
        form.addRow(_label(self.tr("&Commune:"), self.commune_edit),
                    self.errors.wrap("commune_insee", self.commune_edit))

        self.address_edit = QLineEdit(site.address if site else "")
        self.address_edit.setAccessibleName(self.tr("Address of the site"))
        form.addRow(_label(self.tr("&Address:"), self.address_edit), self.address_edit)

        self.active_check = QCheckBox(self.tr("A&ctive (offered when recording a session)"))
        self.active_check.setAccessibleName(self.tr("Site active"))
        self.active_check.setChecked(site.active if site else True)
        form.addRow(self.active_check)
        layout.addLayout(form)

        buttons, self.save_button, _cancel = confirm_buttons(self, self.tr("&Save the site"), self.tr("Cancel"))
        layout.addWidget(buttons)
        self.name_edit.setFocus()

    def _commune_picked(self, choice: CommuneChoice) -> None:
        self._commune = choice
        self.errors.clear("commune_insee")

    def _commune_typed(self, _text: str) -> None:
        self._commune = None
        self.errors.clear("commune_insee")

    def commune_insee(self) -> tuple[str | None, bool]:
        """(INSEE code or None, understood?) for what the commune field says."""
        text = self.commune_edit.text().strip()
        if not text:
            return None, True
        if self._commune is not None and self._commune.display == text:
            return self._commune.commune.insee, True
        resolved = resolve_commune(text)
        if resolved is None:
            return None, False
        self._commune = resolved
        self.commune_edit.setText(resolved.display)
        return resolved.commune.insee, True

    def accept(self) -> None:
        self.errors.clear_all()
        self.banner.clear_message()
        insee, understood = self.commune_insee()
        if not understood:
            self.errors.set("commune_insee", Issue("commune_insee", m.COMMUNE_UNKNOWN))
            self.commune_edit.setFocus()
            return
        try:
            self.saved_id = self.services.counsellor.save_site(
                self.site.id if self.site else None, self.name_edit.text(), self.kind_combo.code() or "",
                insee, self.address_edit.text().strip(), self.active_check.isChecked())
        except ValidationFailed as exc:
            for issue in self.errors.show_issues(exc.issues):
                self.banner.show_error(issue.render(QCoreApplication.translate))
            self.errors.focus_first(["name", "kind", "commune_insee"])
            return
        except (StoreError, LookupError) as exc:
            self.banner.show_error(describe_exception(exc))
            return
        super().accept()


class SettingsDialog(QDialog):
    """Tabs: Counsellor, Sites, Language, Data folder, Recovery key."""

    def __init__(self, services: Services, settings: Settings, parent: QWidget | None = None, *,
                 settings_folder: Path | None = None):
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.settings_folder = settings_folder
        self.recovery_panel: RecoveryKeyPanel | None = None
        self.site_dialog: SiteDialog | None = None
        self._chosen_data_dir = settings.data_dir
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumSize(720, 460)
        layout = QVBoxLayout(self)
        self.banner = MessageBanner()
        layout.addWidget(self.banner)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        layout.addWidget(self.tabs, 1)
        self.errors = FieldErrors(self)
        self.tabs.addTab(self._build_counsellor_tab(), self.tr("Counsellor"))
        self.tabs.addTab(self._build_sites_tab(), self.tr("Sites"))
        self.tabs.addTab(self._build_language_tab(), self.tr("Language"))
        self.tabs.addTab(self._build_folder_tab(), self.tr("Data folder"))
        self.tabs.addTab(self._build_recovery_tab(), self.tr("Recovery key"))
        buttons, self.save_button, self.cancel_button = confirm_buttons(
            self, self.tr("&Save"), self.tr("Cancel"), confirm_name=self.tr("Save the settings"),
            on_confirm=self.save)
        layout.addWidget(buttons)
        self.first_name_edit.setFocus()

    # -- Counsellor --------------------------------------------------------------------------------
    def _build_counsellor_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        profile = self.services.counsellor.profile()
        self._profile_id = profile.id

        self.first_name_edit = QLineEdit(profile.first_name)
        self.first_name_edit.setAccessibleName(self.tr("Your first name"))
        form.addRow(_label(self.tr("&First name:"), self.first_name_edit), self.first_name_edit)
        self.last_name_edit = QLineEdit(profile.last_name)
        self.last_name_edit.setAccessibleName(self.tr("Your last name"))
        form.addRow(_label(self.tr("&Last name:"), self.last_name_edit), self.last_name_edit)
        self.email_edit = QLineEdit(profile.email)
        self.email_edit.setAccessibleName(self.tr("Your work e-mail"))
        self.email_edit.setPlaceholderText("prenom.nom@example.fr")
        form.addRow(_label(self.tr("&E-mail:"), self.email_edit), self.errors.wrap("email", self.email_edit))
        self.phone_edit = QLineEdit(format_phone(profile.phone))
        self.phone_edit.setAccessibleName(self.tr("Your work phone"))
        self.phone_edit.setPlaceholderText("05 65 12 34 56")
        form.addRow(_label(self.tr("&Phone:"), self.phone_edit), self.errors.wrap("phone", self.phone_edit))
        self.operator_combo = CodeCombo(referentials()["operator"], unset_text=self.tr("— not set —"))
        self.operator_combo.setAccessibleName(self.tr("CEP operator"))
        self.operator_combo.set_code(profile.operator)
        form.addRow(_label(self.tr("&Operator:"), self.operator_combo), self.operator_combo)
        self.structure_edit = QLineEdit(profile.structure)
        self.structure_edit.setAccessibleName(self.tr("Your structure"))
        self.structure_edit.setPlaceholderText(self.tr("e.g. CIBC Aveyron, agence France Travail de Millau"))
        form.addRow(_label(self.tr("&Structure:"), self.structure_edit), self.structure_edit)
        self.vocabulary_combo = QComboBox()
        self.vocabulary_combo.setAccessibleName(self.tr("Level vocabulary"))
        lang = current_language()
        for code in referentials().level_vocabularies:
            levels = " · ".join(c.label(lang) for c in referentials().levels(code).codes)
            label = QCoreApplication.translate("SettingsDialog", VOCABULARY_LABELS.get(code, code))
            self.vocabulary_combo.addItem(label, code)
            self.vocabulary_combo.setItemData(self.vocabulary_combo.count() - 1, levels,
                                              Qt.ItemDataRole.ToolTipRole)
        self.vocabulary_combo.setCurrentIndex(max(self.vocabulary_combo.findData(profile.level_vocabulary), 0))
        form.addRow(_label(self.tr("Le&vels:"), self.vocabulary_combo),
                    self.errors.wrap("level_vocabulary", self.vocabulary_combo))
        self.vocabulary_preview = _note("")
        form.addRow("", self.vocabulary_preview)
        self.vocabulary_combo.currentIndexChanged.connect(self._vocabulary_changed)
        self._vocabulary_changed()
        form.addRow(_note(self.tr("Your name is recorded with each change you make (the audit log). "
                                  "Your operator decides which level vocabulary you use.")))

        self.email_edit.textEdited.connect(lambda _t: self.errors.clear("email"))
        self.phone_edit.textEdited.connect(lambda _t: self.errors.clear("phone"))
        return page

    def _vocabulary_changed(self) -> None:
        code = self.vocabulary_combo.currentData()
        lang = current_language()
        levels = referentials().levels(code).codes if code else ()
        self.vocabulary_preview.setText("\n".join(c.label(lang) for c in levels))

    def profile_view(self) -> CounsellorView:
        return CounsellorView(
            id=self._profile_id,
            first_name=self.first_name_edit.text().strip(),
            last_name=self.last_name_edit.text().strip(),
            email=self.email_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            operator=self.operator_combo.code(),
            structure=self.structure_edit.text().strip(),
            level_vocabulary=self.vocabulary_combo.currentData() or "national_2020",
        )

    # -- Sites -------------------------------------------------------------------------------------
    def _build_sites_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_note(self.tr(
            "Your main site, branch offices and outreach permanences. A site is saved as soon as you "
            "confirm it; deactivate a site you no longer use (its past sessions keep it).")))
        self.sites_table = QTableWidget(0, 4)
        self.sites_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Commune"),
                                                    self.tr("State")])
        self.sites_table.setAccessibleName(self.tr("Your sites"))
        self.sites_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sites_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sites_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sites_table.setTabKeyNavigation(False)
        self.sites_table.verticalHeader().setVisible(False)
        self.sites_table.setAlternatingRowColors(True)
        header = self.sites_table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.sites_table.doubleClicked.connect(lambda _i: self.edit_site())
        self.sites_table.itemSelectionChanged.connect(self._update_site_buttons)
        layout.addWidget(self.sites_table, 1)
        row = QHBoxLayout()
        self.add_site_button = QPushButton(self.tr("&Add a site…"))
        self.add_site_button.setAccessibleName(self.tr("Add a site"))
        self.edit_site_button = QPushButton(self.tr("&Edit…"))
        self.edit_site_button.setAccessibleName(self.tr("Edit the selected site"))
        self.toggle_site_button = QPushButton(self.tr("&Deactivate"))
        self.toggle_site_button.setAccessibleName(self.tr("Deactivate or reactivate the selected site"))
        for b in (self.add_site_button, self.edit_site_button, self.toggle_site_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_site_button.clicked.connect(self.add_site)
        self.edit_site_button.clicked.connect(self.edit_site)
        self.toggle_site_button.clicked.connect(self.toggle_site)
        self.reload_sites()
        return page

    def reload_sites(self, select_id: str | None = None) -> None:
        try:
            self._sites = self.services.counsellor.sites(include_inactive=True)
        except StoreError as exc:
            self._sites = []
            self.banner.show_error(describe_exception(exc))
        kinds = referentials()["site_kind"]
        lang = current_language()
        places = commune_index()
        self.sites_table.setRowCount(len(self._sites))
        for r, s in enumerate(self._sites):
            commune = places.get(s.commune_insee)
            cells = (s.name, kinds.label(s.kind, lang) or s.kind, commune.display if commune else "",
                     self.tr("Active") if s.active else self.tr("Inactive"))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                if not s.active:
                    item.setForeground(self.palette().placeholderText())
                self.sites_table.setItem(r, c, item)
            if s.id == select_id:
                self.sites_table.selectRow(r)
        self._update_site_buttons()

    def site_rows(self) -> list[SiteView]:
        return list(self._sites)

    def _selected_site(self) -> SiteView | None:
        rows = self.sites_table.selectionModel().selectedRows()
        return self._sites[rows[0].row()] if rows else None

    def _update_site_buttons(self) -> None:
        site = self._selected_site()
        self.edit_site_button.setEnabled(site is not None)
        self.toggle_site_button.setEnabled(site is not None)
        self.toggle_site_button.setText(self.tr("Re&activate") if site and not site.active
                                        else self.tr("&Deactivate"))

    def add_site(self) -> SiteDialog:
        return self._open_site_dialog(None)

    def edit_site(self) -> SiteDialog | None:
        site = self._selected_site()
        return self._open_site_dialog(site) if site else None

    def _open_site_dialog(self, site: SiteView | None) -> SiteDialog:
        """Window-modal but not blocking (``open``), so the settings dialog stays testable."""
        dialog = SiteDialog(self.services, site, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._site_saved(dialog.saved_id))
        self.site_dialog = dialog
        dialog.open()
        return dialog

    def _site_saved(self, site_id: str | None) -> None:
        self.reload_sites(site_id)
        app_events().settingsChanged.emit()

    def toggle_site(self) -> None:
        site = self._selected_site()
        if site is None:
            return
        try:
            self.services.counsellor.save_site(site.id, site.name, site.kind, site.commune_insee, site.address,
                                               not site.active)
        except (ValidationFailed, StoreError, LookupError) as exc:
            self.banner.show_error(describe_exception(exc))
            return
        self._site_saved(site.id)

    # -- Language ----------------------------------------------------------------------------------
    def _build_language_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        # Language names are written in their own language, so anyone can find theirs.
        self.french_radio = QRadioButton("&Français")
        self.french_radio.setAccessibleName("Français")
        self.english_radio = QRadioButton("&English")
        self.english_radio.setAccessibleName("English")
        group = QButtonGroup(page)
        group.addButton(self.french_radio)
        group.addButton(self.english_radio)
        (self.english_radio if self.settings.language == "en" else self.french_radio).setChecked(True)
        layout.addWidget(self.french_radio)
        layout.addWidget(self.english_radio)
        layout.addWidget(_note(self.tr(
            "The new language is used from the next start of CEP Desk (close it and open it again). "
            "Reference lists, dates and documents follow it.")))
        layout.addStretch(1)
        return page

    def chosen_language(self) -> str:
        return "en" if self.english_radio.isChecked() else "fr"

    # -- Data folder -------------------------------------------------------------------------------
    def _build_folder_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.current_folder_edit = QLineEdit(str(self.services.store.data_dir))
        self.current_folder_edit.setReadOnly(True)
        self.current_folder_edit.setAccessibleName(self.tr("Folder of the store in use"))
        form.addRow(_label(self.tr("In &use now:"), self.current_folder_edit), self.current_folder_edit)
        self.next_folder_edit = QLineEdit()
        self.next_folder_edit.setReadOnly(True)
        self.next_folder_edit.setAccessibleName(self.tr("Folder used at next start"))
        form.addRow(_label(self.tr("At &next start:"), self.next_folder_edit), self.next_folder_edit)
        row = QHBoxLayout()
        self.choose_folder_button = QPushButton(self.tr("&Choose another folder…"))
        self.choose_folder_button.setAccessibleName(self.tr("Choose another data folder"))
        self.default_folder_button = QPushButton(self.tr("Use the de&fault folder"))
        self.default_folder_button.setAccessibleName(self.tr("Use the default data folder"))
        row.addWidget(self.choose_folder_button)
        row.addWidget(self.default_folder_button)
        row.addStretch(1)
        form.addRow(row)
        form.addRow(_note(self.tr(
            "A new folder is used from the next start. The current store is not moved: to keep your "
            "caseload, close CEP Desk and copy the whole folder first. If the new folder holds no store, "
            "CEP Desk creates a new, empty one there.")))
        self.choose_folder_button.clicked.connect(self.choose_folder)
        self.default_folder_button.clicked.connect(lambda: self.set_data_dir(""))
        self._show_next_folder()
        return page

    def _show_next_folder(self) -> None:
        path = Path(self._chosen_data_dir) if self._chosen_data_dir else default_data_dir()
        suffix = "" if self._chosen_data_dir else " " + self.tr("(default)")
        self.next_folder_edit.setText(str(path) + suffix)

    def choose_folder(self) -> None:
        start = self._chosen_data_dir or str(self.services.store.data_dir)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the data folder"), start)
        if folder:
            self.set_data_dir(folder)

    def set_data_dir(self, folder: str) -> None:
        """The folder for the next start ("" = the default)."""
        self._chosen_data_dir = folder
        self._show_next_folder()

    # -- Recovery key ------------------------------------------------------------------------------
    def _build_recovery_tab(self) -> QWidget:
        page = QWidget()
        self.recovery_layout = QVBoxLayout(page)
        self.recovery_layout.addWidget(_note(self.tr(
            "The recovery key opens your store if this computer loses its key (new computer, new user "
            "profile) or if you forget your passphrase. Keep a printed copy in a locked place, away from "
            "the laptop.")))
        self.show_key_button = QPushButton(self.tr("S&how recovery key…"))
        self.show_key_button.setAccessibleName(self.tr("Show the recovery key"))
        self.show_key_button.clicked.connect(self.reveal_recovery_key)
        row = QHBoxLayout()
        row.addWidget(self.show_key_button)
        row.addStretch(1)
        self.recovery_layout.addLayout(row)
        self.recovery_layout.addStretch(1)
        return page

    def reveal_recovery_key(self) -> bool:
        """After a confirmation (someone may see the screen), show the key with Save and Print."""
        if self.recovery_panel is not None:
            self.recovery_panel.key_view.setFocus()
            return True
        answer = QMessageBox.question(
            self, self.tr("Show the recovery key?"),
            self.tr("Anyone who sees the recovery key can open this store with the laptop. "
                    "Make sure nobody else can see your screen. Show it now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        store = self.services.store
        self.recovery_panel = RecoveryKeyPanel(store.recovery_key_bytes, store.data_dir)
        self.recovery_layout.insertWidget(self.recovery_layout.count() - 1, self.recovery_panel)
        self.recovery_panel.show()
        self.show_key_button.setEnabled(False)
        self.recovery_panel.key_view.setFocus()
        return True

    # -- saving ------------------------------------------------------------------------------------
    def save(self) -> None:
        """Save the profile (refused, with the reasons under the fields, if invalid), then this computer's
        settings; close only when everything was saved."""
        self.errors.clear_all()
        self.banner.clear_message()
        try:
            self.services.counsellor.save_profile(self.profile_view())
        except ValidationFailed as exc:
            for issue in self.errors.show_issues(exc.issues):
                self.banner.show_error(issue.render(QCoreApplication.translate))
            self.tabs.setCurrentIndex(0)
            self.errors.focus_first(["email", "phone", "level_vocabulary"])
            return
        except StoreError as exc:
            self.banner.show_error(describe_exception(exc))
            return
        profile = self.profile_view()
        if profile.first_name or profile.last_name:
            # Changes from now on are signed with the counsellor's name.
            self.services.ctx.actor = f"{profile.first_name} {profile.last_name}".strip()
        self.settings.language = self.chosen_language()
        self.settings.data_dir = self._chosen_data_dir
        try:
            self.settings.save(self.settings_folder)
        except OSError as exc:
            self.banner.show_error(self.tr(
                "Your profile was saved, but this computer's settings (language, data folder) could not "
                "be written: {error}.").format(error=exc.strerror or str(exc)))
            return
        app_events().settingsChanged.emit()
        self.accept()
