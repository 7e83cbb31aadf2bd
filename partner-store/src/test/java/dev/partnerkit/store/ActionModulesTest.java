package dev.partnerkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Event;
import dev.partnerkit.store.json.ActionJackson3Module;
import dev.partnerkit.store.json.ActionJacksonModule;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks that the action modules bind every verb on plain Jackson 2 and Jackson 3 mappers found
 * through the {@link java.util.ServiceLoader}, in the journal's own format.
 */
class ActionModulesTest {
  private static final ObjectMapper JACKSON2 = new ObjectMapper().findAndRegisterModules();
  private static final JsonMapper JACKSON3 = JsonMapper.builder().findAndAddModules().build();
  private static final ObjectMapper TREES = new ObjectMapper();

  @Test
  void theSampleVerbsRoundTripThroughBothJacksonsInTheJournalsFormat() throws IOException {
    for (Action action : EventCodecTest.samples()) {
      JsonNode journal = TREES.readTree(EventCodec.encode(new Event(1, Instant.EPOCH, action)));
      String json = journal.get("action").toString();

      assertThat(JACKSON2.readValue(json, Action.class)).isEqualTo(action);
      assertThat(JACKSON3.readValue(json, Action.class)).isEqualTo(action);
      assertThat(JACKSON2.readValue(JACKSON2.writeValueAsString(action), Action.class))
          .isEqualTo(action);
      assertThat(JACKSON3.readValue(JACKSON3.writeValueAsString(action), Action.class))
          .isEqualTo(action);
      assertThat(TREES.readTree(JACKSON2.writeValueAsString(action)).get("do").asText())
          .isEqualTo(action.kind().getWireName());
    }
    assertThat(JACKSON2.getRegisteredModuleIds()).contains(ActionJacksonModule.class.getName());
    assertThat(JACKSON3.registeredModules())
        .anySatisfy(module -> assertThat(module).isInstanceOf(ActionJackson3Module.class));
  }

  @Test
  void anUnknownVerbIsRefusedNamingIt() {
    String json = "{\"do\":\"fly\"}";

    assertThatThrownBy(() -> JACKSON2.readValue(json, Action.class)).hasMessageContaining("fly");
    assertThatThrownBy(() -> JACKSON3.readValue(json, Action.class)).hasMessageContaining("fly");
  }
}
