/**
 * Running one call for each of many items (customers, relationships) with bounded parallelism:
 * results stream back as they complete, each failure stays with its item, progress is reported and
 * the run can be cancelled. Memory stays fixed however many items there are.
 *
 * <p>Start with {@link dev.partnerkit.client.bulk.Bulk#forEach}.
 */
package dev.partnerkit.client.bulk;
