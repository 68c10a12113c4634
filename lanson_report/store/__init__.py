"""The local store: drafts across years, crash-safe, one writer at a time.

Data folder (lanson_report.files.paths.data_dir()):

    store.json            TinyDB: store schema version, settings, where drafts came
                          from, the units' record of each consolidation
    index/<year>.json     TinyDB per year: small summaries, what `list` reads
    drafts/<id>.json      a draft's body: format dict + status, timestamps, history list,
                          and a checksum of all that (a mismatch is damage; older bodies
                          have none and get one at their next save)
    history/<id>/<n>.json earlier saved states, one file each (thinned, see bodies.py)
    replies/<hash>.json   units' replies as Tổng hợp read them, by content fingerprint (a
                          newer version of a reply takes the older one's figures back out)
    backups/...           the previous 3 states of every rewritten file
    damaged/...           damaged files set aside (never deleted): bodies, indexes, a
                          journal or batch that cannot be read; each one is told in
                          Store.recovered, whose listeners hear the ones found later
    journal.json          present while a change is being written (one left by a crash, or
                          held by a scanner, is replayed harmlessly by the next writer)
    restoring.zip         a checked backup being merged in batches (restoring.py);
                          finished by the next writer if a crash cut the restore short
    importing.json        draft files being imported as one batch (batch.py); likewise
    .lock                 the writer lock (readers never take it: a read-only folder lists,
                          dumps and backs up)

Opening lists again every body that no index lists (a lost or stale index/<year>.json
must never hide a draft).

Everything that enters the store (a save, an import, a restore, a migrated file) goes
through one check, envelope.py; every path built from a file's content is proven to
stay inside the data folder (disk.DiskBackend.path). New folders are private to the
user (0700); files get what the user's umask allows. Size limits: lanson_report.domain.limits.

Timestamps are timezone-aware datetimes in local time (stored as UTC).
"""

from .core import LOCK_TIMEOUT, Store
from .records import StoredDraft, Summary, Version

__all__ = ["LOCK_TIMEOUT", "Store", "StoredDraft", "Summary", "Version"]
