"""What the export writers share: the summary they return, where an event is, and opening their target."""
from __future__ import annotations

import contextlib
import math
import os
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import IO, Iterator, Union

from rasid.records import Location
from rasid.store.views import StoredEvent

Target = Union[str, "os.PathLike[str]", IO]

SYRIA_ADMIN1 = frozenset(name.casefold() for name in (
    "Damascus", "Rural Damascus", "Aleppo", "Idlib", "Hama", "Homs", "Latakia", "Tartus", "Daraa", "As-Suwayda",
    "Quneitra", "Deir ez-Zor", "Raqqa", "Al-Hasakah",
    # spellings other sources use for the same governorates
    "Tartous", "Dar'a", "Suwayda", "Sweida", "Deir-ez-Zor", "Deir al-Zor", "Ar-Raqqa", "Hasakah", "Al-Hasakeh",
))
_COUNTRY_NAMES = {"sy": "Syria", "syr": "Syria", "syria": "Syria", "iq": "Iraq", "irq": "Iraq", "iraq": "Iraq"}
ISO_CODES = {"Syria": 760, "Iraq": 368}


@dataclass(slots=True)
class ExportSummary:
    written: int = 0
    skipped: dict[str, int] = field(default_factory=dict)

    def skip(self, reason: str, n: int = 1) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + n


def event_country(event: StoredEvent) -> str:
    """Syria or Iraq: the location's country, else its governorate, else the event id's prefix (SYR…/IRQ…)."""
    loc = event.location
    if loc is not None and loc.country:
        named = _COUNTRY_NAMES.get(loc.country.strip().casefold())
        if named:
            return named
    if loc is not None and loc.admin1:
        return "Syria" if loc.admin1.strip().casefold() in SYRIA_ADMIN1 else "Iraq"
    # No place: the id's country prefix; Syria, the project's home, when even that says nothing.
    return "Iraq" if (event.event_id_cnty or "").upper().startswith("IRQ") else "Syria"


def place_name(loc: Location | None) -> str:
    if loc is None:
        return ""
    return loc.name_en or loc.name_ar or ""


def coordinates(loc: Location | None) -> tuple[float, float] | None:
    """(latitude, longitude) when both are finite numbers on the globe, else None."""
    if loc is None or loc.latitude is None or loc.longitude is None:
        return None
    lat, lon = float(loc.latitude), float(loc.longitude)
    if not (math.isfinite(lat) and math.isfinite(lon)) or abs(lat) > 90 or abs(lon) > 180:
        return None
    return lat, lon


def finite(value: float | None) -> float | None:
    """A float that JSON and Parquet readers accept: NaN and infinities become None."""
    return value if value is None or math.isfinite(value) else None


def day_span(event: StoredEvent) -> tuple[date, date] | None:
    """First and last day of the event; a missing end is the start (and vice versa); None when undated."""
    start, end = event.date_start or event.date_end, event.date_end or event.date_start
    if start is None or end is None:
        return None
    return (start, end) if start <= end else (end, start)


def utc(value: datetime | None) -> datetime | None:
    """The store writes naive UTC times; make them aware so exports do not depend on the local zone."""
    if value is None:
        return None
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def unix_seconds(value: datetime | None) -> int:
    aware = utc(value)
    return int(aware.timestamp()) if aware is not None else 0


def unique(items) -> list:
    """Items in first-seen order without repeats or empties."""
    return [item for item in dict.fromkeys(items) if item]


@contextlib.contextmanager
def open_text(target: Target, newline: str | None = None) -> Iterator[IO[str]]:
    """A UTF-8 text stream for a path (opened and closed here) or the stream itself when given one."""
    if hasattr(target, "write"):
        yield target  # type: ignore[misc]
        return
    with open(target, "w", encoding="utf-8", newline=newline) as fh:
        yield fh


@contextlib.contextmanager
def replaced_file(path: str | os.PathLike, binary: bool = False) -> Iterator[IO]:
    """A new file that takes the place of `path` only once the block ends without error, so that a failed export
    (a full disk, a database error half-way) leaves the file that was there before as it was. A path that is not a
    regular file (/dev/stdout, a pipe, a device) is written directly and never removed."""
    mode, options = ("wb", {}) if binary else ("w", {"encoding": "utf-8", "newline": ""})
    target = os.path.realpath(path)
    if os.path.exists(target) and not os.path.isfile(target):
        with open(target, mode, **options) as fh:
            yield fh
        return
    handle, temporary = tempfile.mkstemp(dir=os.path.dirname(target), prefix=f".{os.path.basename(target)}.",
                                         suffix=".part")
    try:
        with os.fdopen(handle, mode, **options) as fh:
            yield fh
        os.chmod(temporary, _file_mode(target))
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _file_mode(path: str) -> int:
    """The mode the file at `path` has, or the one a new file gets under the process's umask."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
