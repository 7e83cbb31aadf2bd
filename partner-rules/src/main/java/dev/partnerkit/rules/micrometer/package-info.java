/**
 * Metrics for a {@link dev.partnerkit.rules.PartnerProgram} through Micrometer: {@link
 * dev.partnerkit.rules.micrometer.MicrometerDecisionListener} counts decisions by verb, outcome and
 * rule id and times {@code apply}.
 *
 * <p>Micrometer is an optional dependency of partner-rules: an application that uses this package
 * has {@code io.micrometer:micrometer-core} already; nothing else in the rules loads it.
 */
package dev.partnerkit.rules.micrometer;
