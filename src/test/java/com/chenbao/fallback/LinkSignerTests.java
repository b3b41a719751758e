package com.chenbao.fallback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The personal link's token: a valid one opens, a changed, foreign or expired one does not. */
class LinkSignerTests {

  static final Instant NOW = Instant.parse("2026-12-01T23:30:00Z");
  static final LinkSigner.Claims CLAIMS =
      new LinkSigner.Claims(
          7,
          "morning-report",
          LocalDate.of(2026, 12, 2),
          42,
          Instant.parse("2026-12-02T00:00:00Z"));

  final LinkSigner signer = new LinkSigner("secret-one", Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aSignedTokenOpensWithWhatItSays() {
    LinkSigner.Checked checked = signer.check(signer.sign(CLAIMS));

    assertThat(checked.valid()).isTrue();
    assertThat(checked.claims()).isEqualTo(CLAIMS);
  }

  @Test
  void anyChangedFieldIsAForgery() {
    String token = signer.sign(CLAIMS);
    String payload =
        new String(
            Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
            StandardCharsets.UTF_8);
    String otherGuardian = payload.replace("|42|", "|43|");
    String forged =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(otherGuardian.getBytes(StandardCharsets.UTF_8))
            + token.substring(token.indexOf('.'));

    assertThat(otherGuardian).isNotEqualTo(payload);
    assertThat(signer.check(forged).refusal()).isEqualTo(LinkSigner.Refusal.INVALID);
    assertThat(signer.check(forged).claims()).isNull();
    assertThat(signer.check(token.substring(0, token.length() - 2)).refusal())
        .isEqualTo(LinkSigner.Refusal.INVALID);
    assertThat(signer.check("not-a-token").refusal()).isEqualTo(LinkSigner.Refusal.INVALID);
    assertThat(signer.check("").refusal()).isEqualTo(LinkSigner.Refusal.INVALID);
  }

  @Test
  void anotherSecretsTokenIsAForgery() {
    LinkSigner other = new LinkSigner("secret-two", Clock.fixed(NOW, ZoneOffset.UTC));

    assertThat(signer.check(other.sign(CLAIMS)).refusal()).isEqualTo(LinkSigner.Refusal.INVALID);
  }

  @Test
  void itExpiresAtItsCutOff() {
    String token = signer.sign(CLAIMS);
    LinkSigner atCutOff =
        new LinkSigner("secret-one", Clock.fixed(CLAIMS.expiry(), ZoneOffset.UTC));
    LinkSigner justBefore =
        new LinkSigner("secret-one", Clock.fixed(CLAIMS.expiry().minusSeconds(1), ZoneOffset.UTC));

    assertThat(atCutOff.check(token).refusal()).isEqualTo(LinkSigner.Refusal.EXPIRED);
    assertThat(atCutOff.check(token).claims()).isEqualTo(CLAIMS);
    assertThat(justBefore.check(token).valid()).isTrue();
  }
}
