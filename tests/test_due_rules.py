"""Due / overdue / awaited rules with a frozen clock: Paris day and week boundaries, DST weekends."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from cep_desk.domain import due
from cep_desk.domain.agenda import AppointmentDraft, Busy, conflicts, overlaps, validate_appointment
from cep_desk.domain.due import DueItem, FundingRow, JalonRow, PausedRow, ReminderMark, SlotRow


def jalon(on: date, done: bool = False, remind: int | None = 2, id: str = "j") -> JalonRow:
    return JalonRow(id, "b1", on, f"jalon {on}", "autre", done, remind)


# -- time zones ------------------------------------------------------------------------------
def test_winter_and_summer_offsets() -> None:
    assert due.to_utc(datetime(2026, 11, 23, 10, 0)) == datetime(2026, 11, 23, 9, 0)      # UTC+1
    assert due.to_utc(datetime(2026, 7, 1, 10, 0)) == datetime(2026, 7, 1, 8, 0)          # UTC+2
    assert due.to_local(datetime(2026, 7, 1, 8, 0)) == datetime(2026, 7, 1, 10, 0)


def test_day_span_is_23_hours_on_the_march_switch_and_25_in_october() -> None:
    lo, hi = due.day_span_utc(date(2026, 3, 29))
    assert (lo, hi) == (datetime(2026, 3, 28, 23, 0), datetime(2026, 3, 29, 22, 0))
    assert (hi - lo).total_seconds() == 23 * 3600
    lo, hi = due.day_span_utc(date(2026, 10, 25))
    assert (lo, hi) == (datetime(2026, 10, 24, 22, 0), datetime(2026, 10, 25, 23, 0))
    assert (hi - lo).total_seconds() == 25 * 3600
    lo, hi = due.day_span_utc(date(2026, 11, 23))
    assert (hi - lo).total_seconds() == 24 * 3600


def test_skipped_hour_in_march_and_repeated_hour_in_october() -> None:
    assert due.is_skipped(datetime(2026, 3, 29, 2, 30))
    assert not due.is_skipped(datetime(2026, 3, 29, 3, 30))
    assert not due.is_skipped(datetime(2026, 10, 25, 2, 30))   # exists twice: the first one is taken
    assert due.to_utc(datetime(2026, 10, 25, 2, 30)) == datetime(2026, 10, 25, 0, 30)


def test_utc_moments_near_midnight_fall_on_the_paris_day() -> None:
    # 23:30 UTC on 22 November is already 00:30 on the 23rd in Paris.
    assert due.to_local(datetime(2026, 11, 22, 23, 30)).date() == date(2026, 11, 23)
    # 22:30 UTC on 28 June is 00:30 on the 29th in summer.
    assert due.to_local(datetime(2026, 6, 28, 22, 30)).date() == date(2026, 6, 29)


def test_aware_clock_is_converted_to_paris() -> None:
    assert due.local_now(datetime(2026, 11, 22, 23, 59, tzinfo=UTC)) == datetime(2026, 11, 23, 0, 59)
    assert due.local_now(datetime(2026, 11, 22, 23, 59)) == datetime(2026, 11, 22, 23, 59)


# -- weeks -------------------------------------------------------------------------------------
@pytest.mark.parametrize("day", [date(2026, 11, 23), date(2026, 11, 26), date(2026, 11, 29)])
def test_iso_week_is_monday_to_sunday(day: date) -> None:
    assert due.week_of(day) == (date(2026, 11, 23), date(2026, 11, 29))
    assert due.week_label(day) == "2026-W48"


def test_week_across_the_year_end() -> None:
    assert due.week_of(date(2027, 1, 1)) == (date(2026, 12, 28), date(2027, 1, 3))
    assert due.week_label(date(2027, 1, 1)) == "2026-W53"


def test_jalons_this_week_run_from_today_to_sunday() -> None:
    today = date(2026, 11, 25)  # a Wednesday
    rows = [jalon(date(2026, 11, 24), id="yesterday"), jalon(today, id="today"),
            jalon(date(2026, 11, 29), id="sunday"), jalon(date(2026, 11, 30), id="next monday"),
            jalon(date(2026, 11, 27), done=True, id="done")]
    assert [i.ref_id for i in due.jalons_this_week(rows, today)] == ["today", "sunday"]
    assert [i.ref_id for i in due.overdue_jalons(rows, today)] == ["yesterday"]


def test_on_sunday_the_week_is_only_today_and_on_monday_a_new_week_starts() -> None:
    rows = [jalon(date(2026, 11, 29), id="sun"), jalon(date(2026, 11, 30), id="mon")]
    assert [i.ref_id for i in due.jalons_this_week(rows, date(2026, 11, 29))] == ["sun"]
    assert [i.ref_id for i in due.jalons_this_week(rows, date(2026, 11, 30))] == ["mon"]
    assert [i.ref_id for i in due.overdue_jalons(rows, date(2026, 11, 30))] == ["sun"]


def test_day_boundary_23_59_versus_00_00_paris() -> None:
    """The service's "today" comes from the Paris clock: one minute changes what is overdue."""
    rows = [jalon(date(2026, 11, 23), id="due 23rd")]
    before = due.local_now(datetime(2026, 11, 23, 22, 59, tzinfo=UTC)).date()   # 23:59 in Paris
    after = due.local_now(datetime(2026, 11, 23, 23, 0, tzinfo=UTC)).date()     # 00:00 in Paris
    assert (before, after) == (date(2026, 11, 23), date(2026, 11, 24))
    assert due.overdue_jalons(rows, before) == [] and len(due.jalons_this_week(rows, before)) == 1
    assert [i.ref_id for i in due.overdue_jalons(rows, after)] == ["due 23rd"]
    # In summer the Paris midnight is 22:00 UTC.
    assert due.local_now(datetime(2026, 7, 1, 21, 59, tzinfo=UTC)).date() == date(2026, 7, 1)
    assert due.local_now(datetime(2026, 7, 1, 22, 0, tzinfo=UTC)).date() == date(2026, 7, 2)


def test_dst_weekends_do_not_shift_jalons() -> None:
    # The week holding the March switch (Mon 23 → Sun 29 March 2026) and the October one.
    rows = [jalon(date(2026, 3, 29), id="march"), jalon(date(2026, 10, 25), id="october")]
    assert [i.ref_id for i in due.jalons_this_week(rows, date(2026, 3, 23))] == ["march"]
    assert [i.ref_id for i in due.jalons_this_week(rows, date(2026, 10, 19))] == ["october"]
    assert [i.ref_id for i in due.overdue_jalons(rows, date(2026, 3, 30))] == ["march"]


def test_jalon_reminder_starts_n_days_before() -> None:
    row = jalon(date(2026, 12, 1), remind=7)
    assert not due.jalon_reminder_due(row, date(2026, 11, 23))
    assert due.jalon_reminder_due(row, date(2026, 11, 24))
    assert due.jalon_reminder_due(jalon(date(2026, 12, 1), remind=None), date(2026, 12, 1))
    assert not due.jalon_reminder_due(jalon(date(2026, 11, 1), done=True), date(2026, 12, 1))


# -- funding, pauses, contacts -----------------------------------------------------------------
def test_funding_awaited_only_when_pending_and_past_the_expected_day() -> None:
    today = date(2026, 11, 23)
    rows = [FundingRow("late", "b", "cpf", "CDC", "en_attente", date(2026, 11, 22), "Formation"),
            FundingRow("on time", "b", "cpf", "CDC", "en_attente", today),
            FundingRow("granted", "b", "cpf", "CDC", "accorde", date(2026, 10, 1)),
            FundingRow("undated", "b", "cpf", "CDC", "en_attente", None)]
    items = due.awaited_decisions(rows, today)
    assert [i.ref_id for i in items] == ["late"] and items[0].label == "Formation" and items[0].tab == "plan"


def test_paused_parcours_back_on_its_return_date() -> None:
    today = date(2026, 11, 23)
    rows = [PausedRow("a1", "b1", "en_pause", today), PausedRow("a2", "b2", "en_pause", date(2026, 11, 24)),
            PausedRow("a3", "b3", "actif", date(2026, 11, 1)), PausedRow("a4", "b4", "en_pause", None)]
    assert [i.beneficiary_id for i in due.paused_to_resume(rows, today)] == ["b1"]


def test_no_contact_for_n_weeks() -> None:
    today = date(2026, 11, 23)
    last = {"8 weeks": date(2026, 9, 28), "just under": date(2026, 9, 29), "never": None,
            "recent": date(2026, 11, 20)}
    assert {i.beneficiary_id for i in due.without_contact(last, today, 8)} == {"8 weeks", "never"}
    assert {i.beneficiary_id for i in due.without_contact(last, today, 4)} == {"8 weeks", "just under", "never"}
    # A new contact gives a new key: a "done" on the old silence does not hide the next one.
    keys = {i.beneficiary_id: i.key for i in due.without_contact(last, today, 8)}
    assert keys["8 weeks"] == "contact:8 weeks:2026-09-28"


def test_snoozed_until_tomorrow_is_back_tomorrow_and_done_stays_hidden() -> None:
    items = [DueItem(due.OVERDUE, "milestone:1", "b", None, "x"), DueItem(due.OVERDUE, "milestone:2", "b", None, "y")]
    marks = {"milestone:1": ReminderMark(snoozed_until=date(2026, 11, 24)), "milestone:2": ReminderMark(done=True)}
    assert due.visible(items, marks, date(2026, 11, 23)) == []
    assert [i.key for i in due.visible(items, marks, date(2026, 11, 24))] == ["milestone:1"]


def test_appointments_of_a_day_by_site_then_time() -> None:
    day = date(2026, 11, 24)
    slots = [SlotRow("2", "b", datetime(2026, 11, 24, 14), 60, "s2", "Millau", "relais", "planned"),
             SlotRow("1", "b", datetime(2026, 11, 24, 9), 60, "s2", "Millau", "relais", "planned"),
             SlotRow("3", "b", datetime(2026, 11, 24, 10), 60, "s1", "Decazeville – permanence", "permanence",
                     "planned"),
             SlotRow("4", "b", datetime(2026, 11, 24, 11), 60, "s1", "Millau", "relais", "cancelled"),
             SlotRow("5", "b", datetime(2026, 11, 25, 9), 60, "s1", "Millau", "relais", "planned")]
    assert [i.ref_id for i in due.appointments_on(slots, day)] == ["3", "1", "2"]


def test_initials() -> None:
    assert due.initials("Léa", "Dupont-Martin") == "L. D."
    assert due.initials("", "Ngo") == "N."


# -- agenda rules --------------------------------------------------------------------------------
def test_overlap_is_half_open() -> None:
    busy = Busy("a", datetime(2026, 11, 24, 9), 60)
    assert not overlaps(datetime(2026, 11, 24, 10), 30, busy)
    assert not overlaps(datetime(2026, 11, 24, 8), 60, busy)
    assert overlaps(datetime(2026, 11, 24, 9, 59), 30, busy)
    assert overlaps(datetime(2026, 11, 24, 8, 30), 180, busy)


def test_conflicts_ignore_the_moved_appointment_itself() -> None:
    busy = [Busy("a", datetime(2026, 11, 24, 9), 60), Busy("b", datetime(2026, 11, 24, 9, 30), 60)]
    draft = AppointmentDraft(datetime(2026, 11, 24, 9, 15), 30)
    assert [b.id for b in conflicts(draft, busy)] == ["a", "b"]
    assert [b.id for b in conflicts(draft, busy, ignore_id="a")] == ["b"]


def test_appointment_validation() -> None:
    now = datetime(2026, 11, 23, 10)
    ok = AppointmentDraft(datetime(2026, 11, 24, 9), 60)
    assert validate_appointment(ok, now, []) == []
    issues = validate_appointment(AppointmentDraft(datetime(2027, 3, 28, 2, 15), 0, modality="?"), now, [])
    assert {i.field for i in issues} == {"duration_min", "modality", "starts_at"}
    assert all(i.severity == "error" for i in issues)
    past = validate_appointment(AppointmentDraft(datetime(2026, 11, 23, 9), 60), now, [])
    assert [i.severity for i in past] == ["confirm"]
    clash = validate_appointment(ok, now, [Busy("x", datetime(2026, 11, 24, 9, 30), 30)])
    assert clash[0].severity == "confirm" and clash[0].params == {"count": "1", "time": "09:30"}
