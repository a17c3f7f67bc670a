package org.hirewall.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hirewall.testkit.Api;
import org.hirewall.testkit.HirewallStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each automated consistency check flags the case that triggers it, with its evidence, and leaves a
 * clean case alone. None looks at ethnicity, age, sex, accent or name origin.
 */
@ExtendWith(HirewallStack.class)
class ConsistencyChecksIT {

  private final Api api = HirewallStack.get().api();

  private JsonNode create(ObjectNode subject) {
    Api.Reply r = api.post("/api/vetting/subjects", "it-admin", Subjects.json(subject));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  private List<String> openFlagRules(String subjectId) {
    JsonNode c = api.get("/api/vetting/subjects/" + subjectId, "auditor").json().get("latestCase");
    List<String> rules = new ArrayList<>();
    c.get("flags")
        .forEach(
            f -> {
              if (f.get("clearedAt").isNull()) {
                rules.add(f.get("rule").asText());
              }
            });
    return rules;
  }

  private String subjectOf(JsonNode caseView) {
    return caseView.get("subjectId").asText();
  }

  @Test
  void aCleanSubjectRaisesNoFlag() {
    JsonNode c = create(Subjects.clean("Jordan Blake"));
    assertThat(c.get("status").asText()).isEqualTo("NOT_STARTED");
    assertThat(openFlagRules(subjectOf(c))).isEmpty();
  }

  @Test
  void IDPT_03_documentFromAnotherCountryThanTheResidence() {
    ObjectNode s = Subjects.clean("Kai Moreno");
    s.put("documentCountry", "RU");
    JsonNode c = create(s);
    assertThat(c.get("status").asText()).isEqualTo("FLAGGED");
    assertThat(openFlagRules(subjectOf(c))).containsExactly("document-residence");
    assertThat(c.get("flags").get(0).get("evidence").asText()).contains("RU").contains("US");
    assertThat(c.get("flags").get(0).get("controls").asText()).contains("IDPT-03");
  }

  @Test
  void IDPT_01_profilesWithAnotherNameOrEmail() {
    ObjectNode s = Subjects.clean("Lee Carter");
    s.set(
        "profiles",
        Subjects.JSON.valueToTree(
            List.of(
                Map.of(
                    "platform", "linkedin", "handle", "lee-carter", "displayName", "Carter, Lee"),
                Map.of(
                    "platform",
                    "telegram",
                    "handle",
                    "devstar",
                    "displayName",
                    "Kenji Watanabe"))));
    assertThat(openFlagRules(subjectOf(create(s)))).containsExactly("profile-consistency");

    ObjectNode consistent = Subjects.clean("Lee Carter");
    consistent.set(
        "profiles",
        Subjects.JSON.valueToTree(
            List.of(
                Map.of(
                    "platform",
                    "linkedin",
                    "handle",
                    "lee-carter2",
                    "displayName",
                    "Carter Lee",
                    "email",
                    consistent.get("emails").get(0).asText().toUpperCase()))));
    assertThat(openFlagRules(subjectOf(create(consistent)))).isEmpty();
  }

  @Test
  void HIRE_03_anOfferFarBelowTheMarketBand() {
    ObjectNode s = Subjects.clean("Morgan Diaz");
    s.put("offeredSalary", 80_000); // 27 % below 110,000
    assertThat(openFlagRules(subjectOf(create(s)))).containsExactly("below-market-offer");
    ObjectNode fair = Subjects.clean("Morgan Diaz");
    fair.put("offeredSalary", 90_000); // 18 % below: not flagged
    assertThat(openFlagRules(subjectOf(create(fair)))).isEmpty();
  }

  @Test
  void EMPL_15_cryptoAndThirdPartyPayouts() {
    ObjectNode crypto = Subjects.clean("Noa Fisher");
    crypto.put("payoutMethod", "CRYPTO");
    crypto.put("wallet", "0x" + Long.toHexString(System.nanoTime()) + "a1b2c3d4e5f6a7b8c9d0");
    assertThat(openFlagRules(subjectOf(create(crypto)))).containsExactly("payout-method");

    ObjectNode otherHolder = Subjects.clean("Oren Gray");
    otherHolder.put("payoutMethod", "BANK_TRANSFER");
    otherHolder.put("bankAccount", "GB" + System.nanoTime());
    otherHolder.put("payoutHolder", "Wang Trading Ltd");
    assertThat(openFlagRules(subjectOf(create(otherHolder)))).containsExactly("payout-method");
  }

  @Test
  void DATA_16a_twoSubjectsSharingAWalletAreBothFlagged() {
    String wallet = "0x" + Long.toHexString(System.nanoTime()) + "ffeeddccbbaa99887766";
    ObjectNode first = Subjects.clean("Parker Hale");
    first.put("payoutMethod", "CRYPTO");
    first.put("wallet", wallet);
    String a = subjectOf(create(first));
    ObjectNode second = Subjects.clean("Quinn Ash");
    second.put("payoutMethod", "CRYPTO");
    second.put("wallet", wallet.toUpperCase().replace("0X", "0x")); // same address, other case
    String b = subjectOf(create(second));
    assertThat(openFlagRules(a)).contains("shared-identifier");
    assertThat(openFlagRules(b)).contains("shared-identifier");
  }

  @Test
  void DATA_13a_twoSubjectsSharingAShippingAddressAreBothFlagged() {
    String street = System.nanoTime() + " Farm Road, Unit 7, Dallas TX";
    ObjectNode first = Subjects.clean("Reese Lowe");
    first.put("shippingAddress", street);
    String a = subjectOf(create(first));
    ObjectNode second = Subjects.clean("Sage Pike");
    second.put("shippingAddress", "  " + street.toUpperCase().replace(",", "") + " ");
    String b = subjectOf(create(second));
    assertThat(openFlagRules(a)).containsExactly("shared-identifier");
    assertThat(openFlagRules(b)).containsExactly("shared-identifier");
    assertThat(api.get("/api/vetting/subjects/" + b, "auditor").body()).doesNotContain("Farm Road");
  }

  @Test
  void EMPL_11_aFlaggedReferrerFlagsTheReferee() {
    ObjectNode referrer = Subjects.clean("Tatum Reed");
    referrer.put("documentCountry", "CN");
    String a = subjectOf(create(referrer));
    ObjectNode referee = Subjects.clean("Uma Stone");
    referee.put("sourcingChannel", "REFERRAL");
    referee.put("referrerId", a);
    String b = subjectOf(create(referee));
    assertThat(openFlagRules(b)).containsExactly("referral-chain");
  }

  @Test
  void PROF_05_aFlaggedRefereeFlagsTheReferrer() {
    String a = subjectOf(create(Subjects.clean("Val Cross")));
    assertThat(openFlagRules(a)).isEmpty();
    ObjectNode referee = Subjects.clean("Wren Shaw");
    referee.put("sourcingChannel", "REFERRAL");
    referee.put("referrerId", a);
    referee.put("documentCountry", "KP");
    String b = subjectOf(create(referee));
    assertThat(openFlagRules(b)).containsExactly("document-residence");
    assertThat(openFlagRules(a)).containsExactly("referral-chain");
  }
}
