package dev.partnerkit.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.model.json.PartnerJacksonModule;
import dev.partnerkit.store.json.ActionJacksonModule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Runs the decision endpoint's contract against the Spring Boot 3 application on a random port. */
@SpringBootTest(
    classes = Boot3Application.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Boot3ApplicationTest extends DecisionApiContract {
  @Autowired private ObjectMapper mapper;

  @Test
  void bootsJackson2MapperRegisteredPartnerkitsModules() {
    assertThat(mapper.getRegisteredModuleIds())
        .contains(ActionJacksonModule.class.getName(), PartnerJacksonModule.class.getName());
  }
}
