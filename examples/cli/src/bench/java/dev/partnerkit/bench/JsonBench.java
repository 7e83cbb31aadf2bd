package dev.partnerkit.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.client.internal.HttpEngine;
import dev.partnerkit.client.partnercenter.BenchPcPages;
import dev.partnerkit.client.partnercenter.PcCustomer;
import dev.partnerkit.client.partnercenter.PcLink;
import dev.partnerkit.client.partnercenter.PcResourceAttributes;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.Customer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target 2: a page of 100 Partner Center customers, decoded from the bytes the service sends into
 * the model, and encoded, beside the floor: plain Jackson binding the same bytes into hand-written
 * mutable classes ({@link PcPojos}) and writing them back.
 *
 * <p>Decoding is the client's path: the engine's decode ({@link BenchPcPages}) reads the page into
 * the wire types with the client's mapper, Jackson's own binding, then each {@link
 * PcCustomer#toModel(Cloud)} makes the model's {@link Customer}. Encoding is the client's path for
 * request bodies ({@link HttpEngine#toJson(Object)}) over the decoded wire page. The floor's classes
 * have the fields of the wire types, so both sides bind the same names.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(3)
public class JsonBench {
  private static final int PAGE = 100;

  private final ObjectMapper plain =
      new ObjectMapper().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

  private byte[] body;
  private WirePage wirePage;
  private PcPojos.Page pojoPage;

  /** The page as the client would write it: the fields Partner Center sends. */
  record WirePage(
      int totalCount,
      List<PcCustomer> items,
      Map<String, PcLink> links,
      PcResourceAttributes attributes) {}

  /** Makes the page and checks that every customer maps to the model. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    body = PcDocuments.page(PAGE, 2026);
    List<Customer> model = decodeToModel();
    if (model.size() != PAGE) {
      throw new IllegalStateException("only " + model.size() + " of " + PAGE + " mapped");
    }
    wirePage =
        new WirePage(
            PAGE,
            BenchPcPages.customers(body),
            Map.of(
                "self", PcLink.builder().uri("/v1/customers?size=" + PAGE).method("GET").build()),
            PcResourceAttributes.builder().objectType("Collection").build());
    pojoPage = decodePojo();
    // The two encodings should carry the same fields; their sizes show whether they do.
    System.out.printf(
        "%npage of %d customers: %,d bytes; encoded by the client %,d, by plain Jackson %,d%n",
        PAGE, body.length, encodeWire().length, encodePojo().length);
  }

  /**
   * Decodes the page into the model, as the client does.
   *
   * @return the model's customers
   */
  @Benchmark
  public List<Customer> decodeToModel() {
    List<PcCustomer> wire = BenchPcPages.customers(body);
    List<Customer> customers = new ArrayList<>(wire.size());
    for (PcCustomer customer : wire) {
      customer.toModel(Cloud.GLOBAL).ifPresent(customers::add);
    }
    return customers;
  }

  /**
   * Decodes the page into the client's wire types only.
   *
   * @return the wire customers
   */
  @Benchmark
  public List<PcCustomer> decodeToWire() {
    return BenchPcPages.customers(body);
  }

  /**
   * The floor: binds the page into hand-written mutable classes with plain Jackson.
   *
   * @return the page
   * @throws IOException never for this page
   */
  @Benchmark
  public PcPojos.Page decodePojo() throws IOException {
    return plain.readValue(body, PcPojos.Page.class);
  }

  /**
   * Encodes the wire page as the client encodes request bodies.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] encodeWire() {
    return HttpEngine.toJson(wirePage);
  }

  /**
   * The floor: writes the hand-written classes with plain Jackson.
   *
   * @return the bytes
   * @throws IOException never for this page
   */
  @Benchmark
  public byte[] encodePojo() throws IOException {
    return plain.writeValueAsBytes(pojoPage);
  }
}
