package dev.partnerkit.examples.spring;

import com.fasterxml.jackson.databind.Module;
import dev.partnerkit.store.json.ActionJacksonModule;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot 3 application that asks the partner program's rules over HTTP ({@link
 * DecisionController}). Boot 3's Jackson 2 mapper registers the modules declared as beans, not
 * those the {@link java.util.ServiceLoader} lists, hence the one bean below.
 */
@SpringBootApplication
public class Boot3Application {
  /**
   * Starts the application.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(Boot3Application.class, args);
  }

  /**
   * Returns Partnerkit's module for actions, which brings the one for the model.
   *
   * @return the module, for Boot's mapper
   */
  @Bean
  public Module partnerkitJson() {
    return new ActionJacksonModule();
  }
}
