/**
 * Metrics for the client through Micrometer: {@link
 * dev.partnerkit.client.micrometer.MicrometerClientListener} turns the client's {@link
 * dev.partnerkit.client.ClientListener} events into timers and counters.
 *
 * <p>Micrometer is an optional dependency of partner-client: an application that uses this package
 * has {@code io.micrometer:micrometer-core} already (Spring Boot's actuator brings it); nothing
 * else in the client loads it.
 */
package dev.partnerkit.client.micrometer;
