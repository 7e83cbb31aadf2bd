package dev.partnerkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.client.graph.GdapOperations;
import dev.partnerkit.client.internal.Operations;
import dev.partnerkit.client.partnercenter.CustomerOperations;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Callers get operations from the client and nowhere else: no operation class that the client hands
 * out, directly or through another one, can be constructed from outside its package.
 */
class OperationsSurfaceTest {
  @Test
  void noOperationClassHasAPublicConstructor() {
    Set<Class<?>> found = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(PartnerClient.class);
    while (!todo.isEmpty()) {
      for (Method method : todo.remove().getMethods()) {
        Class<?> type = method.getReturnType();
        if (type.getSimpleName().endsWith("Operations") && found.add(type)) {
          todo.add(type);
        }
      }
    }
    assertThat(found)
        .contains(CustomerOperations.class, GdapOperations.class)
        .hasSizeGreaterThan(10);
    for (Class<?> type : found) {
      assertThat(type.getConstructors()).as(type.getName()).isEmpty();
      assertThat(type.getDeclaredConstructors())
          .as(type.getName())
          .allMatch(c -> !Modifier.isProtected(c.getModifiers()));
    }
  }

  @Test
  void theClientMakesEachOperationClassThroughItsOwnRegisteredMaker() {
    try (PartnerClient client =
        PartnerClient.builder()
            .partnerCenterBaseUri(URI.create("http://127.0.0.1:9/pc"))
            .graphBaseUri(URI.create("http://127.0.0.1:9/graph"))
            .azureManagementBaseUri(URI.create("http://127.0.0.1:9/arm"))
            .tokenProvider(TokenProvider.fixed("t"))
            .build()) {
      assertThat(client.customers()).isNotNull();
      assertThat(client.fulfillment()).isNotNull();
      assertThat(client.gdap().relationships()).isNotNull();
    }
    // Another class cannot name a maker for an operation class.
    assertThatThrownBy(
            () -> Operations.register(CustomerOperations.class, (engine, options) -> null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("registers its own maker");
  }
}
