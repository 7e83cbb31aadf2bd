/** Not API: the engine's state transitions and time-driven views. May change without notice. */
package dev.partnerkit.rules.internal;
