package dev.partnerkit.rules;

import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.Partner;
import dev.partnerkit.rules.internal.About;
import dev.partnerkit.rules.internal.Reasons;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The cloud rules (CLOUD): a capability the customer's cloud lacks (CLOUD-1, CLOUD-2), a cloud
 * closed to new relationships (CLOUD-3) and a partner and customer in different clouds (CLOUD-4).
 *
 * <p>Pure functions; a utility class.
 */
final class Clouds {
  /** Every capability, in declaration order; never modified. */
  private static final Capability[] CAPABILITIES = Capability.values();

  private Clouds() {}

  /**
   * Adds the cloud reasons for a partner and a customer entering a relationship that needs the
   * given capabilities: a missing capability (CLOUD-1, CLOUD-2), a closed cloud (CLOUD-3) and a
   * cloud mismatch (CLOUD-4).
   */
  static void checkClouds(
      Reasons reasons,
      Partner partner,
      Customer customer,
      Set<Capability> needed,
      Instant now,
      ProgramPolicy policy) {
    Cloud cloud = customer.getCloud();
    CloudRules rules = policy.cloud(cloud);
    // Messages are written in methods of their own, no iterator is made and the reasons are
    // never handed to a call the JIT may not inline, so that an allowed decision allocates nothing.
    for (Capability capability : CAPABILITIES) {
      if (needed.contains(capability) && !rules.offers(capability)) {
        reasons.add(
            rules.missingCapabilityRule(),
            missingCapabilities(cloud, needed, rules),
            about(partner, customer));
        break;
      }
    }
    if (!rules.isOpenAt(now)) {
      reasons.add(Rule.CLOUD_3, closedCloud(cloud, rules), about(partner, customer));
    }
    if (partner.getCloud() != cloud) {
      reasons.add(Rule.CLOUD_4, cloudMismatch(partner, cloud), about(partner, customer));
    }
  }

  /** What a cloud reason concerns: the customer, and the partner entering the relationship. */
  private static About about(Partner partner, Customer customer) {
    return About.customer(customer.getId()).and(partner.getId());
  }

  private static String missingCapabilities(Cloud cloud, Set<Capability> needed, CloudRules rules) {
    Set<Capability> missing = EnumSet.noneOf(Capability.class);
    for (Capability capability : needed) {
      if (!rules.offers(capability)) {
        missing.add(capability);
      }
    }
    return describe(missing) + " not available for customers in " + cloudName(cloud) + ".";
  }

  private static String closedCloud(Cloud cloud, CloudRules rules) {
    return cloudName(cloud)
        + " takes no new relationships since "
        + rules.closedFrom().orElseThrow()
        + ".";
  }

  private static String cloudMismatch(Partner partner, Cloud cloud) {
    return inDifferentClouds(partner, cloud)
        + "; a partner and a customer in different clouds cannot enter any relationship.";
  }

  /**
   * Returns {@code Partner P is in X and the customer in Y}, the fact CLOUD-4 and POR-5 both state
   * before saying what follows from it.
   */
  static String inDifferentClouds(Partner partner, Cloud customerCloud) {
    return "Partner "
        + partner.getId()
        + " is in "
        + cloudName(partner.getCloud())
        + " and the customer in "
        + cloudName(customerCloud);
  }

  private static String describe(Set<Capability> capabilities) {
    List<String> names = new ArrayList<>();
    for (Capability capability : capabilities) {
      names.add(
          switch (capability) {
            case TRIAL_INVITATIONS -> "trial invitations";
            case PURCHASE_OFFERS -> "purchase offers";
            case DELEGATED_ADMIN -> "delegated administration";
            case GRANULAR_ADMIN -> "granular delegated admin relationships";
          });
    }
    String joined = String.join(" and ", names);
    boolean singular = names.size() == 1 && capabilities.contains(Capability.DELEGATED_ADMIN);
    return Character.toUpperCase(joined.charAt(0))
        + joined.substring(1)
        + (singular ? " is" : " are");
  }

  static String cloudName(Cloud cloud) {
    return switch (cloud) {
      case GLOBAL -> "the global cloud";
      case CHINA_21VIANET -> "Office 365 operated by 21Vianet";
      case US_GOVERNMENT -> "the US Government cloud";
      case GERMANY -> "Microsoft Cloud Germany";
      case UNKNOWN -> "an unknown cloud";
    };
  }
}
