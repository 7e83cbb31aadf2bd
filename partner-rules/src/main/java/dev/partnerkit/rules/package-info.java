/**
 * The partner program's rules as pure functions returning {@link dev.partnerkit.rules.Decision}s
 * with reasons ({@link dev.partnerkit.rules.ProgramRules}), and a thread-safe program state that
 * applies actions atomically ({@link dev.partnerkit.rules.PartnerProgram}).
 *
 * <p>Rules take the time and the {@link dev.partnerkit.rules.ProgramPolicy} as arguments: nothing
 * here reads a clock, does I/O or holds global settings.
 */
@PartnerStyle
package dev.partnerkit.rules;

import dev.partnerkit.model.PartnerStyle;
