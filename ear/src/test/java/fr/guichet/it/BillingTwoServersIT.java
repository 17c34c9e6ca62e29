package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Legal numbers over two servers on one PostgreSQL (the PostgreSQL pass, with the ear's {@code two-servers}
 * profile): 200 drafts issued at once, half on each server, get 200 consecutive numbers — no gap, no duplicate.
 */
class BillingTwoServersIT {

    static final int INVOICES = 200;
    static final int CLIENTS = 32;

    @Test
    @DisplayName("200 invoices issued concurrently over two servers get 200 consecutive numbers")
    void gaplessOverTwoServers() throws Exception {
        Billing.companyReady();
        Tenants.Opened t = Billing.frenchBusiness("bill-two", "fr");
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < INVOICES; i++) {
            drafts.add(Billing.id(Billing.draft(t.id(), List.of(Billing.line("Ligne " + i, "1", "10.00")))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < INVOICES; i++) {
                Api server = Api.operatorAt(i % 2 == 0 ? Api.BASE : TwoServersIT.BASE_B);
                String id = drafts.get(i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return server.post("/api/admin/billing/invoices/" + id + "/issue", java.util.Map.of());
                }));
            }
            start.countDown();
            List<Long> numbers = new ArrayList<>();
            for (Future<Api.Reply> answer : answers) {
                Api.Reply reply = answer.get();
                assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                String number = reply.json().at("/summary/number").asText();
                numbers.add(Long.parseLong(number.substring(number.lastIndexOf('-') + 1)));
            }
            numbers.sort(null);
            assertThat(numbers).doesNotHaveDuplicates().hasSize(INVOICES);
            assertThat(numbers.get(INVOICES - 1) - numbers.get(0))
                    .as("consecutive")
                    .isEqualTo(INVOICES - 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
