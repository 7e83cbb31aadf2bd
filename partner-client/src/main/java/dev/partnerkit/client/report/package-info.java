/**
 * The delegated-access report: for every customer of a partner, its granular relationships and
 * access assignments with their roles, and the findings a security reviewer wants (Global
 * Administrator held, relationships about to end, access approved but never assigned, customers
 * without a relationship, approvals about to lapse).
 *
 * <p>Start with {@link dev.partnerkit.client.report.DelegatedAccessReport#builder()}. The findings
 * are pure functions of what was read ({@link dev.partnerkit.client.report.AccessFindings}), so
 * they can be checked without a service.
 */
package dev.partnerkit.client.report;
