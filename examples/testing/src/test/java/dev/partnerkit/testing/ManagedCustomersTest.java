package dev.partnerkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.RelationshipStatus;
import dev.partnerkit.rules.CustomerState;
import dev.partnerkit.rules.PartnerProgram;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The managed-customers portfolio is what its documentation says, customer by customer. */
class ManagedCustomersTest {
  @Test
  void everyCustomerIsResoldAndManagedThroughTwoActiveRelationshipsWithOneAssignmentPerRole() {
    PartnerProgram program = ManagedCustomers.program(3);

    assertThat(program.customerCount()).isEqualTo(3);
    assertThat(program.customersOf(ManagedCustomers.PARTNER, Samples.EPOCH))
        .containsExactlyInAnyOrder(
            ManagedCustomers.customer(0),
            ManagedCustomers.customer(1),
            ManagedCustomers.customer(2));
    for (int i = 0; i < 3; i++) {
      CustomerState state = program.customer(ManagedCustomers.customer(i)).orElseThrow();
      assertThat(state.resellers()).containsExactly(ManagedCustomers.PARTNER);
      assertThat(state.relationships()).hasSize(ManagedCustomers.RELATIONSHIPS_PER_CUSTOMER);
      for (int r = 0; r < ManagedCustomers.RELATIONSHIPS_PER_CUSTOMER; r++) {
        GranularRelationship relationship =
            program.relationship(ManagedCustomers.relationship(i, r), Samples.EPOCH).orElseThrow();
        assertThat(relationship.getStatus()).isEqualTo(RelationshipStatus.ACTIVE);
        assertThat(relationship.getRoles()).isEqualTo(ManagedCustomers.ROLES);
        assertThat(relationship.getAccessAssignments())
            .extracting(a -> Set.copyOf(a.getRoles()))
            .containsExactlyInAnyOrderElementsOf(
                ManagedCustomers.ROLES.stream().map(Set::of).toList());
      }
    }
  }

  @Test
  void noCustomersIsThePartnerAloneAndANegativeCountIsRefused() {
    assertThat(ManagedCustomers.program(0).customerCount()).isZero();
    assertThat(ManagedCustomers.program(0).partner(ManagedCustomers.PARTNER)).isPresent();
    assertThatThrownBy(() -> ManagedCustomers.program(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customers must be 0 or more, but was -1");
  }
}
