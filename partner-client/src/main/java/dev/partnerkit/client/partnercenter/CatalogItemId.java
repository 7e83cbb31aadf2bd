package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.partnerkit.client.internal.Checks;
import java.util.Objects;

/**
 * A new-commerce catalog item id: a product, one of its SKUs and one of the SKU's availabilities,
 * joined by colons as {@code productId:skuId:availabilityId} (an availability's {@code
 * catalogItemId}, a cart line's {@code catalogItemId}, a transition's {@code toCatalogItemId}). The
 * one place that joins and splits the three parts.
 *
 * <p>Immutable and thread-safe; create with {@link #of(String, String, String)} or {@link
 * #parse(String)}. Reads and writes as its joined text.
 *
 * @param productId the product's id; no colon, no surrounding spaces
 * @param skuId the SKU's id within the product; no colon, no surrounding spaces
 * @param availabilityId the availability's id within the SKU; no colon, no surrounding spaces
 */
public record CatalogItemId(String productId, String skuId, String availabilityId) {
  private static final String SEPARATOR = ":";

  /** Rejects a blank part, or one with a colon or surrounding spaces. */
  public CatalogItemId {
    part("CatalogItemId", "productId", productId);
    part("CatalogItemId", "skuId", skuId);
    part("CatalogItemId", "availabilityId", availabilityId);
  }

  /**
   * Returns the catalog item id of these parts.
   *
   * @param productId the product's id
   * @param skuId the SKU's id
   * @param availabilityId the availability's id
   * @return the id
   */
  public static CatalogItemId of(String productId, String skuId, String availabilityId) {
    return new CatalogItemId(productId, skuId, availabilityId);
  }

  /**
   * Returns the catalog item id that a joined text names.
   *
   * @param value the text, {@code productId:skuId:availabilityId}
   * @return the id
   * @throws IllegalArgumentException when the text does not have exactly three non-blank parts
   */
  @JsonCreator
  public static CatalogItemId parse(String value) {
    Objects.requireNonNull(value, "catalogItemId must not be null");
    String[] parts = value.split(SEPARATOR, -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "catalogItemId must be productId:skuId:availabilityId (three parts joined by colons),"
              + " but was '"
              + value
              + "'");
    }
    return new CatalogItemId(parts[0], parts[1], parts[2]);
  }

  /**
   * Returns the joined text, {@code productId:skuId:availabilityId}.
   *
   * @return the text Partner Center reads
   */
  @JsonValue
  public String value() {
    return join(productId, skuId, availabilityId);
  }

  /**
   * Joins three parts as Partner Center does, unchecked: for parts read from an answer, which are
   * passed on as the service wrote them.
   */
  static String join(String productId, String skuId, String availabilityId) {
    return productId + SEPARATOR + skuId + SEPARATOR + availabilityId;
  }

  /**
   * Returns the joined text, as {@link #value()} does.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return value();
  }

  /**
   * Checks one part of a catalog item id, naming it after its owner; a colon would shift the parts
   * Partner Center reads.
   *
   * @param owner the type that holds the part, for the message
   * @param name the part's name
   * @param value the part
   */
  static void part(String owner, String name, String value) {
    String checked = Checks.id(owner + "." + name, value);
    if (checked.contains(SEPARATOR) || !checked.equals(value)) {
      throw new IllegalArgumentException(
          owner
              + "."
              + name
              + " must have no colon and no surrounding spaces, but was '"
              + value
              + "'");
    }
  }
}
