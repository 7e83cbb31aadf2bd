package dev.partnerkit.examples;

import dev.partnerkit.client.Page;
import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.partnercenter.PcCompanyProfile;
import dev.partnerkit.client.partnercenter.PcCustomer;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.testing.ModelFactory;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Example: pages through a partner's customers, first one page at a time with the continuation
 * token (as a portal's "next page" button would), then as a lazy stream that fetches each page only
 * when the one before it is used up.
 */
public final class PageThroughCustomers {
  /** How many customers the sandbox gives the partner; enough for three pages of 100. */
  static final int CUSTOMERS = 250;

  private PageThroughCustomers() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PartnerId northwind = Samples.NORTHWIND.getId();
    // Generated customers, all in the global cloud so that nothing keeps them from the partner.
    ModelFactory factory = ModelFactory.seeded(7);
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < CUSTOMERS; i++) {
      customers.add(Customer.builder().from(factory.customer()).cloud(Cloud.GLOBAL).build());
    }
    PartnerSandbox.Builder builder = PartnerSandbox.builder().customers(customers);
    customers.forEach(c -> builder.reseller(northwind, c.getId()));

    try (PartnerSandbox sandbox = builder.start()) {
      PartnerClient client = sandbox.client(northwind);

      // One page at a time: keep the token, ask for the next page when the user wants it.
      Optional<String> token = Optional.empty();
      int pages = 0;
      int seen = 0;
      do {
        Page<PcCustomer> page = client.customers().page(100, token);
        pages++;
        seen += page.items().size();
        System.out.println(
            "page "
                + pages
                + ": "
                + page.items().size()
                + " customers"
                + (page.hasNext() ? ", more to come" : ", the last"));
        token = page.nextToken();
      } while (token.isPresent());
      System.out.println(seen + " customers in " + pages + " pages");

      // The same as a stream: pages are fetched lazily, so a limit stops the paging early.
      sandbox.clearRequests();
      List<String> firstNames =
          client
              .customers()
              .list(100)
              .limit(3)
              .map(PageThroughCustomers::name)
              .collect(Collectors.toList());
      System.out.println(
          "the first three, in " + sandbox.requests().size() + " request: " + firstNames);
      // A whole pass as a stream holds one page at a time, however many customers there are.
      long total = client.customers().list(100).count();
      System.out.println("streamed " + total + " customers");
    }
  }

  private static String name(PcCustomer customer) {
    return customer.companyProfile().flatMap(PcCompanyProfile::companyName).orElse("?");
  }
}
