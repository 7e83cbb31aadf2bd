package dev.partnerkit.examples;

import dev.partnerkit.model.MpnId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.ProgramEnrollment;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.json.PartnerJson;
import dev.partnerkit.model.validation.InvalidModelException;
import dev.partnerkit.model.validation.ModelValidator;
import dev.partnerkit.model.validation.Violation;
import java.time.Instant;

/**
 * Example: builds a partner, validates it, writes it as JSON and reads it back; then shows what a
 * bad partner gets from the validator and from the JSON reader.
 */
public final class BuildAndValidatePartner {
  private BuildAndValidatePartner() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Partner partner =
        Partner.builder()
            .id(PartnerId.of("northwind"))
            .name("Northwind Traders")
            .mpnId(MpnId.of("1234567"))
            .agreementSigned(true)
            .addEnrollment(
                ProgramEnrollment.of(
                    Program.CLOUD_ESSENTIALS, Instant.parse("2025-01-01T00:00:00Z")))
            .addAuthorizedService(ServiceId.of("EXCHANGE_ONLINE"))
            .build();
    ModelValidator.requireValid(partner);
    String json = PartnerJson.toJson(partner);
    System.out.println("valid partner as JSON: " + json);
    System.out.println(
        "read back equal: " + PartnerJson.fromJson(json, Partner.class).equals(partner));

    Partner blank = Partner.builder().from(partner).name(" ").build();
    for (Violation violation : ModelValidator.validate(blank)) {
      System.out.println("violation: " + violation);
    }
    try {
      ModelValidator.requireValid(blank);
    } catch (InvalidModelException e) {
      System.out.println("requireValid: " + e.getMessage());
    }
    try {
      PartnerJson.fromJson(json.replace("\"1234567\"", "\"12-34\""), Partner.class);
    } catch (RuntimeException e) {
      System.out.println("bad JSON: " + e.getMessage());
    }
  }
}
