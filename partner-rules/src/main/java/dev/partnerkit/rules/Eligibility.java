package dev.partnerkit.rules;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.ProgramEnrollment;
import dev.partnerkit.rules.internal.About;
import dev.partnerkit.rules.internal.Reasons;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of partners and their eligibility (ELIG), and of registering partners and customers
 * (REG-1, the library's own rule): registering, signing the partner agreement, enrolling in and
 * withdrawing from programs, and certification for delegated administration.
 *
 * <p>Pure functions of the state, the action, the time and the policy; a utility class.
 */
final class Eligibility {
  private Eligibility() {}

  /**
   * Decides a partner's registration: once per id (REG-1), and enrollments only with a signed
   * agreement (ELIG-3).
   */
  static Decision registerPartner(ProgramView view, Action.RegisterPartner a) {
    Partner partner = a.partner();
    if (view.partner(partner.getId()).isPresent()) {
      return Decision.denied(Messages.alreadyRegistered(partner.getId()));
    }
    Reasons reasons = new Reasons();
    if (!partner.getEnrollments().isEmpty() && !partner.isAgreementSigned()) {
      reasons.add(
          Rule.ELIG_3,
          "The partner has program enrollments but has not signed the Microsoft Online Services Partner"
              + " Agreement; sign it before enrolling.",
          About.partner(partner.getId()));
    }
    return reasons.decision();
  }

  /** Decides a customer's registration: once per tenant id (REG-1). */
  static Decision registerCustomer(ProgramView view, Action.RegisterCustomer a) {
    CustomerId id = a.customer().getId();
    if (view.customer(id).isPresent()) {
      return Decision.denied(Messages.alreadyRegistered(id));
    }
    return Decision.allowed();
  }

  static Decision signAgreement(ProgramView view, Action.SignAgreement a) {
    return view.partner(a.partner()).isPresent()
        ? Decision.allowed()
        : unknownPartner(Rule.ELIG_3, a.partner());
  }

  static Decision enroll(ProgramView view, Action.Enroll a, Instant now) {
    Optional<Partner> found = view.partner(a.partner());
    if (found.isEmpty()) {
      return unknownPartner(Rule.ELIG_3, a.partner());
    }
    Partner partner = found.get();
    Reasons reasons = new Reasons();
    if (!partner.isAgreementSigned()) {
      reasons.add(
          Rule.ELIG_3,
          "Partner "
              + partner.getId()
              + " must sign the Microsoft Online Services Partner Agreement before enrolling in "
              + a.program()
              + ".",
          About.partner(partner.getId()));
    }
    if (a.program() == Program.UNKNOWN) {
      reasons.add(
          Rule.ELIG_2,
          "The program is not one this version knows; name a known program.",
          About.partner(partner.getId()));
    }
    if (!prerequisiteHeld(partner.getEnrollments(), a.program(), now)) {
      reasons.add(
          Rule.ELIG_4,
          "Cloud Accelerate needs an active Cloud Essentials enrollment; enroll partner "
              + partner.getId()
              + " in Cloud Essentials first.",
          About.partner(partner.getId()));
    }
    return reasons.decision();
  }

  static Decision withdraw(ProgramView view, Action.Withdraw a, Instant now) {
    Optional<Partner> found = view.partner(a.partner());
    if (found.isEmpty()) {
      return unknownPartner(Rule.ELIG_2, a.partner());
    }
    if (!found.get().isEnrolledAt(a.program(), now)) {
      return Decision.denied(
          About.partner(a.partner())
              .reason(
                  Rule.ELIG_2,
                  "Partner "
                      + a.partner()
                      + " has no active enrollment in "
                      + a.program()
                      + " to withdraw from."));
    }
    return Decision.allowed();
  }

  /** Answers {@link ProgramRules#isCertified}. */
  static boolean isCertified(Partner partner, Instant now, ProgramPolicy policy) {
    if (!partner.isAgreementSigned()) {
      return false;
    }
    // One pass over the partner's few enrollments, not one per qualifying program: this runs on
    // every delegated-admin decision.
    Set<Program> qualifying = policy.getQualifyingPrograms();
    List<ProgramEnrollment> enrollments = partner.getEnrollments();
    for (int i = 0, n = enrollments.size(); i < n; i++) {
      ProgramEnrollment enrollment = enrollments.get(i);
      Program program = enrollment.getProgram();
      if (qualifying.contains(program)
          && enrollment.isActiveAt(now)
          && prerequisiteHeld(enrollments, program, now)) {
        return true;
      }
    }
    return false;
  }

  /**
   * ELIG-4: returns whether the enrollments hold what {@code program} builds on at {@code now}:
   * Cloud Accelerate needs an active Cloud Essentials enrollment, both to enroll and to certify;
   * every other program stands alone.
   */
  private static boolean prerequisiteHeld(
      List<ProgramEnrollment> enrollments, Program program, Instant now) {
    return program != Program.CLOUD_ACCELERATE
        || isActive(enrollments, Program.CLOUD_ESSENTIALS, now);
  }

  /** Returns whether one of the enrollments is in {@code program} and active at {@code now}. */
  private static boolean isActive(
      List<ProgramEnrollment> enrollments, Program program, Instant now) {
    // Indexed, not an iterator, as in isCertified.
    for (int i = 0, n = enrollments.size(); i < n; i++) {
      ProgramEnrollment enrollment = enrollments.get(i);
      if (enrollment.getProgram() == program && enrollment.isActiveAt(now)) {
        return true;
      }
    }
    return false;
  }

  /**
   * ELIG-4: adds the reason an uncertified partner that holds a qualifying Cloud Accelerate
   * enrollment is not certified through it (Cloud Essentials is not active beside it), so that a
   * denial says what would certify the partner.
   */
  static void explainUnheldPrerequisite(
      Reasons reasons, Partner partner, Instant now, ProgramPolicy policy, About about) {
    List<ProgramEnrollment> enrollments = partner.getEnrollments();
    if (partner.isAgreementSigned()
        && policy.getQualifyingPrograms().contains(Program.CLOUD_ACCELERATE)
        && isActive(enrollments, Program.CLOUD_ACCELERATE, now)
        && !prerequisiteHeld(enrollments, Program.CLOUD_ACCELERATE, now)) {
      reasons.add(
          Rule.ELIG_4,
          "Partner "
              + partner.getId()
              + " holds Cloud Accelerate without an active Cloud Essentials enrollment, and Cloud"
              + " Accelerate certifies only while Cloud Essentials is active too; enroll the"
              + " partner in Cloud Essentials.",
          about);
    }
  }

  /**
   * ELIG-1 and ELIG-2: adds the pair of reasons an uncertified partner gets for an action that
   * needs certification; {@code cannot} says what the partner cannot do, and what to do instead.
   */
  static void requireCertified(
      Reasons reasons, Partner partner, Instant now, ProgramPolicy policy, String cannot) {
    if (!isCertified(partner, now, policy)) {
      About about = About.partner(partner.getId());
      reasons.add(
          Rule.ELIG_1,
          "Partner "
              + partner.getId()
              + " is not certified for delegated administration, so it cannot "
              + cannot
              + ".",
          about);
      reasons.add(
          Rule.ELIG_2,
          "Certification needs a signed partner agreement and an active enrollment in one of "
              + new TreeSet<>(policy.getQualifyingPrograms())
              + " under the "
              + About.policyName(policy)
              + " policy.",
          about);
      explainUnheldPrerequisite(reasons, partner, now, policy, about);
    }
  }

  private static Decision unknownPartner(Rule rule, PartnerId id) {
    return Decision.denied(Messages.unknownPartner(rule, id));
  }
}
