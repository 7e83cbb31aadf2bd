package dev.partnerkit.client.partnercenter;

import dev.partnerkit.client.Audience;
import dev.partnerkit.client.RequestOptions;
import dev.partnerkit.client.internal.Call;
import dev.partnerkit.client.internal.HttpEngine;
import dev.partnerkit.client.internal.Operations;
import dev.partnerkit.client.internal.Sync;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Partner Center's profiles of the signed-in partner: the partner program (MPN) profile and the
 * legal business profile. Reads only, each retried.
 *
 * <p>Thread-safe; get it from {@link dev.partnerkit.client.PartnerClient#profiles()}. Every method
 * has an {@code ...Async} twin.
 */
public final class ProfileOperations {
  private final HttpEngine engine;
  private final RequestOptions options;

  static {
    Operations.register(ProfileOperations.class, ProfileOperations::new);
  }

  ProfileOperations(HttpEngine engine, RequestOptions options) {
    this.engine = Objects.requireNonNull(engine);
    this.options = Objects.requireNonNull(options);
  }

  /**
   * Returns the partner's MPN profile ({@code GET /v1/profiles/mpn}); {@link
   * PcMpnProfile#toModel()} gives its MPN id.
   *
   * @return the profile
   */
  public PcMpnProfile mpn() {
    return Sync.await(mpnAsync());
  }

  /**
   * Returns the partner's MPN profile, asynchronously.
   *
   * @return the profile, later
   */
  public CompletableFuture<PcMpnProfile> mpnAsync() {
    return engine.execute(
        Call.get(Audience.PARTNER_CENTER, "/v1/profiles/mpn"), options, PcMpnProfile.class);
  }

  /**
   * Returns the partner's legal business profile ({@code GET /v1/profiles/legalbusiness}, with
   * {@code vettingVersion=Current} as the documented request sends it).
   *
   * @return the profile
   */
  public PcLegalBusinessProfile legalBusiness() {
    return Sync.await(legalBusinessAsync());
  }

  /**
   * Returns the partner's legal business profile, asynchronously.
   *
   * @return the profile, later
   */
  public CompletableFuture<PcLegalBusinessProfile> legalBusinessAsync() {
    return engine.execute(
        Call.get(Audience.PARTNER_CENTER, "/v1/profiles/legalbusiness?vettingVersion=Current"),
        options,
        PcLegalBusinessProfile.class);
  }
}
