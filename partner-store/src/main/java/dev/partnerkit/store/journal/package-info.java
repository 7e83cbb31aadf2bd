/**
 * A program's storage on an append-only journal file: {@link dev.partnerkit.store.journal.Journal}
 * writes one JSON line per event and forces it to the disk before the action is acknowledged, and
 * {@link dev.partnerkit.store.journal.JournalStorage} rebuilds the program from it on start,
 * dropping a line a crash tore and refusing damage no crash explains.
 */
package dev.partnerkit.store.journal;
