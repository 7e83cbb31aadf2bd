package dev.partnerkit.client.report;

import dev.partnerkit.client.graph.DelegatedAdminAccessDetails;
import dev.partnerkit.client.graph.UnifiedRole;
import dev.partnerkit.model.Role;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Reading and writing roles for the report: in GDAP-12's table order, by name or by id. */
final class Roles {
  private Roles() {}

  /**
   * Returns the roles Graph sent, sorted and without repeats; a roleDefinitionId that is no GUID
   * cannot name an Entra role, so it is left out rather than failing the customer's row.
   */
  static List<Role> of(Optional<DelegatedAdminAccessDetails> details) {
    TreeSet<Role> roles = new TreeSet<>();
    details.ifPresent(
        d ->
            d.getUnifiedRoles().stream()
                .map(UnifiedRole::toModel)
                .flatMap(Optional::stream)
                .forEach(roles::add));
    return List.copyOf(roles);
  }

  /** Returns the roles by name, or by id where the library names none, comma-separated. */
  static String names(Iterable<Role> roles) {
    return java.util.stream.StreamSupport.stream(roles.spliterator(), false)
        .map(Role::toString)
        .collect(Collectors.joining(", "));
  }
}
