package dev.partnerkit.rules;

import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The program's tables and terms that the rules read: which era they follow, which programs qualify
 * a partner for delegated administration (ELIG-2), what each cloud offers (CLOUD-2), which admin
 * tasks each role covers (DA-4), and default terms such as the 90-day invitation validity.
 *
 * <p>Immutable and thread-safe. Start from {@link #seed()} or {@link #modern()} and replace what
 * differs with {@code ProgramPolicy.builder().from(ProgramPolicy.seed())...build()}; every table
 * not set on a builder takes its era's default.
 */
@Value.Immutable
public interface ProgramPolicy {
  /** The moment from which Microsoft Cloud Germany takes no new relationships (CLOUD-3). */
  // 2021-10-30T00:00:00Z, not parsed: parsing loads java.time's formatters, a cost at start-up for
  // every program that never prints a time.
  Instant GERMANY_CLOSED_FROM = Instant.ofEpochSecond(1_635_552_000L);

  /**
   * Returns the era the rules follow.
   *
   * @return seed or modern
   */
  Era getEra();

  /**
   * Returns the programs whose active enrollment certifies a partner for delegated administration
   * (ELIG-2).
   *
   * @return the qualifying programs
   */
  @Value.Default
  default Set<Program> getQualifyingPrograms() {
    return getEra() == Era.SEED
        ? EnumSet.of(Program.CLOUD_ESSENTIALS, Program.CLOUD_ACCELERATE, Program.CLOUD_DEPLOYMENT)
        : EnumSet.of(
            Program.CSP_DIRECT, Program.CSP_INDIRECT_PROVIDER, Program.VAR, Program.ADVISOR);
  }

  /**
   * Returns what each cloud offers (CLOUD-1, CLOUD-2, CLOUD-3).
   *
   * @return the rules per cloud; a cloud missing here offers nothing
   */
  @Value.Default
  default Map<Cloud, CloudRules> getClouds() {
    Map<Cloud, CloudRules> clouds = new EnumMap<>(Cloud.class);
    Optional<Instant> germanyClosed = Optional.of(GERMANY_CLOSED_FROM);
    Set<Capability> all = EnumSet.allOf(Capability.class);
    if (getEra() == Era.SEED) {
      clouds.put(Cloud.GLOBAL, new CloudRules(all, Rule.CLOUD_2, Optional.empty()));
      clouds.put(Cloud.CHINA_21VIANET, new CloudRules(Set.of(), Rule.CLOUD_1, Optional.empty()));
      clouds.put(Cloud.US_GOVERNMENT, new CloudRules(all, Rule.CLOUD_2, Optional.empty()));
      clouds.put(Cloud.GERMANY, new CloudRules(all, Rule.CLOUD_2, germanyClosed));
    } else {
      Set<Capability> noGranular = EnumSet.complementOf(EnumSet.of(Capability.GRANULAR_ADMIN));
      clouds.put(Cloud.GLOBAL, new CloudRules(all, Rule.CLOUD_2, Optional.empty()));
      clouds.put(Cloud.CHINA_21VIANET, new CloudRules(all, Rule.CLOUD_2, Optional.empty()));
      clouds.put(Cloud.US_GOVERNMENT, new CloudRules(noGranular, Rule.CLOUD_2, Optional.empty()));
      clouds.put(Cloud.GERMANY, new CloudRules(all, Rule.CLOUD_2, germanyClosed));
    }
    return clouds;
  }

  /**
   * Returns which admin tasks each role covers under a granular relationship (DA-4), as GDAP-12's
   * table says; a seed-style grant covers every task. Only the roles in this table cover tasks: any
   * other role, named by {@link Role} or not, covers none.
   *
   * @return the tasks per role
   */
  @Value.Default
  default Map<Role, Set<AdminTask>> getTaskCoverage() {
    Map<Role, Set<AdminTask>> coverage = new LinkedHashMap<>();
    coverage.put(Role.GLOBAL_ADMINISTRATOR, EnumSet.complementOf(EnumSet.of(AdminTask.UNKNOWN)));
    coverage.put(
        Role.USER_ADMINISTRATOR,
        EnumSet.of(
            AdminTask.ADD_USER,
            AdminTask.REMOVE_USER,
            AdminTask.ADD_GROUP,
            AdminTask.REMOVE_GROUP,
            AdminTask.RESET_PASSWORD));
    coverage.put(Role.HELPDESK_ADMINISTRATOR, EnumSet.of(AdminTask.RESET_PASSWORD));
    coverage.put(
        Role.EXCHANGE_ADMINISTRATOR, EnumSet.of(AdminTask.SET_UP_MAILBOX, AdminTask.MIGRATE_DATA));
    coverage.put(
        Role.GROUPS_ADMINISTRATOR, EnumSet.of(AdminTask.ADD_GROUP, AdminTask.REMOVE_GROUP));
    return coverage;
  }

  /**
   * Returns the roles that let a partner file service requests for a customer under a granular
   * relationship (SUP-2), as GDAP-12's table says.
   *
   * @return the roles
   */
  @Value.Default
  default Set<Role> getServiceRequestRoles() {
    return Set.of(Role.GLOBAL_ADMINISTRATOR, Role.SERVICE_SUPPORT_ADMINISTRATOR);
  }

  /**
   * Returns whether a role covers any admin task or service requests under this policy (GDAP-12):
   * the roles outside both tables cover nothing, though relationships keep them.
   *
   * @param role the role
   * @return true when {@link #getTaskCoverage()} gives it a task or {@link
   *     #getServiceRequestRoles()} lists it
   */
  default boolean coversAnything(Role role) {
    return !getTaskCoverage().getOrDefault(role, Set.of()).isEmpty()
        || getServiceRequestRoles().contains(role);
  }

  /**
   * Returns how long an invitation or offer stays valid (OFFER-9).
   *
   * @return 90 days by default
   */
  @Value.Default
  default Duration getInvitationValidity() {
    return Duration.ofDays(90);
  }

  /**
   * Returns how long a locked relationship waits for approval before it expires (GDAP-8).
   *
   * @return 90 days by default
   */
  @Value.Default
  default Duration getApprovalWindow() {
    return dev.partnerkit.model.validation.Limits.GDAP_APPROVAL_WINDOW;
  }

  /**
   * Returns the shortest relationship duration (GDAP-1).
   *
   * @return one day by default
   */
  @Value.Default
  default Duration getMinRelationshipDuration() {
    return Duration.ofDays(1);
  }

  /**
   * Returns the longest relationship duration (GDAP-1).
   *
   * @return 730 days (two years) by default
   */
  @Value.Default
  default Duration getMaxRelationshipDuration() {
    return Duration.ofDays(730);
  }

  /**
   * Returns the one allowed auto-extend duration besides zero (GDAP-4, GDAP-10).
   *
   * @return 180 days by default
   */
  @Value.Default
  default Duration getAutoExtendDuration() {
    return Duration.ofDays(180);
  }

  /**
   * Returns the rules of {@code cloud}; a cloud the table lacks offers nothing.
   *
   * @param cloud the cloud
   * @return its rules
   */
  default CloudRules cloud(Cloud cloud) {
    CloudRules rules = getClouds().get(cloud);
    return rules != null ? rules : new CloudRules(Set.of(), Rule.CLOUD_2, Optional.empty());
  }

  /**
   * Returns how long a new-commerce purchase, renewal, conversion or seat addition leaves to cancel
   * or remove seats (NCE-6, NCE-7): "seven days", read as 168 hours.
   *
   * @return 168 hours by default
   */
  @Value.Default
  @SuppressWarnings("CanonicalDuration") // RULES.md reads "seven days" as 168 hours.
  default Duration getChangeWindow() {
    return Duration.ofHours(168);
  }

  /**
   * Returns how long an expired new-commerce subscription stays expired before it is disabled
   * (NCE-9).
   *
   * @return 30 days by default
   */
  @Value.Default
  default Duration getExpiredPeriod() {
    return Duration.ofDays(30);
  }

  /**
   * Returns how long a disabled new-commerce subscription stays disabled before it is deleted
   * (NCE-9).
   *
   * @return 90 days by default
   */
  @Value.Default
  default Duration getDisabledPeriod() {
    return Duration.ofDays(90);
  }

  /**
   * Returns whether new-commerce subscriptions exist under this policy (POLICY-1).
   *
   * @return true for the modern era
   */
  default boolean allowsNewCommerce() {
    return getEra() == Era.MODERN;
  }

  /**
   * Returns whether granular relationships exist under this policy (POLICY-1).
   *
   * @return true for the modern era
   */
  default boolean allowsGranularRelationships() {
    return getEra() == Era.MODERN;
  }

  /** Rejects terms no relationship or invitation could meet. */
  @Value.Check
  default void check() {
    for (Duration period :
        new Duration[] {getChangeWindow(), getExpiredPeriod(), getDisabledPeriod()}) {
      if (period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException(
            "ProgramPolicy.changeWindow, expiredPeriod and disabledPeriod must be positive, but one was "
                + period);
      }
    }
    if (getInvitationValidity().isNegative() || getInvitationValidity().isZero()) {
      throw new IllegalArgumentException(
          "ProgramPolicy.invitationValidity must be positive, but was " + getInvitationValidity());
    }
    if (getMinRelationshipDuration().compareTo(getMaxRelationshipDuration()) > 0) {
      throw new IllegalArgumentException(
          "ProgramPolicy.minRelationshipDuration ("
              + getMinRelationshipDuration()
              + ") must not exceed maxRelationshipDuration ("
              + getMaxRelationshipDuration()
              + ")");
    }
    if (getAutoExtendDuration().isNegative() || getAutoExtendDuration().isZero()) {
      throw new IllegalArgumentException(
          "ProgramPolicy.autoExtendDuration must be positive, but was " + getAutoExtendDuration());
    }
  }

  /**
   * Returns the seed policy: the default, following the Office 365 service description.
   *
   * @return the seed policy
   */
  static ProgramPolicy seed() {
    return Defaults.SEED;
  }

  /**
   * Returns the modern policy: today's Partner Center program with granular relationships.
   *
   * @return the modern policy
   */
  static ProgramPolicy modern() {
    return Defaults.MODERN;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableProgramPolicy.Builder builder() {
    return ImmutableProgramPolicy.builder();
  }

  /** Holds the two built-in policies, built once. */
  final class Defaults {
    static final ProgramPolicy SEED = builder().era(Era.SEED).build();
    static final ProgramPolicy MODERN = builder().era(Era.MODERN).build();

    private Defaults() {}
  }
}
