package dev.partnerkit.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.model.json.PartnerJackson3Module;
import dev.partnerkit.store.json.ActionJackson3Module;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

/** Runs the decision endpoint's contract against the Spring Boot 4 application on a random port. */
@SpringBootTest(
    classes = Boot4Application.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Boot4ApplicationTest extends DecisionApiContract {
  @Autowired private JsonMapper mapper;

  @Test
  void bootsJackson3MapperFoundPartnerkitsModulesByItself() {
    assertThat(mapper.registeredModules())
        .anySatisfy(module -> assertThat(module).isInstanceOf(PartnerJackson3Module.class))
        .anySatisfy(module -> assertThat(module).isInstanceOf(ActionJackson3Module.class));
  }
}
