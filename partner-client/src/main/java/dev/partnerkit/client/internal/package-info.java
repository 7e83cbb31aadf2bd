/**
 * Not API: the client's HTTP engine (retries, deadlines, headers, size limits, error decoding) and
 * paging helpers. May change without notice; use {@link dev.partnerkit.client.PartnerClient}.
 */
package dev.partnerkit.client.internal;
