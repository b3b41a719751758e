package com.chenbao.fallback;

import com.chenbao.delivery.Delivery;
import com.chenbao.delivery.DeliveryLedger;
import com.chenbao.delivery.DeliveryReport;
import com.chenbao.delivery.Recipient;
import com.chenbao.forms.Form;
import com.chenbao.forms.FormCatalog;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.messaging.WorkNotificationGateway;
import com.chenbao.roster.School;
import com.chenbao.roster.SchoolDirectory;
import com.chenbao.rounds.ExpectedChild;
import com.chenbao.rounds.RoundQuery;
import com.chenbao.rounds.RoundView;
import com.chenbao.schoolday.FallbackChannel;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * The fallback channel (docs/fallback.md). After the push, a guardian DingTalk's robot refused (in
 * {@code invalidStaffIdList}) gets a work notification through the delivery ledger, kind {@code
 * prompt_notice}, channel {@code work_notice}: it carries the guardian's own link, so it is one
 * call per such guardian (they are few; identical content would share calls of 100). A guardian
 * with no DingTalk identity gets a personal signed link, which the class teacher forwards.
 */
@Service
class FallbackService implements FallbackChannel {

  static final String NOTICE_KIND = "prompt_notice";
  static final String LINK_KIND = "form_link";
  private static final Logger log = LoggerFactory.getLogger(FallbackService.class);

  private final DeliveryLedger ledger;
  private final WorkNotificationGateway notices;
  private final RoundQuery rounds;
  private final SchoolDirectory schools;
  private final FormCatalog forms;
  private final LinkSigner signer;
  private final FallbackTexts texts;
  private final FallbackProperties properties;
  private final Environment environment;

  FallbackService(
      DeliveryLedger ledger,
      WorkNotificationGateway notices,
      RoundQuery rounds,
      SchoolDirectory schools,
      FormCatalog forms,
      LinkSigner signer,
      FallbackTexts texts,
      FallbackProperties properties,
      Environment environment) {
    this.ledger = ledger;
    this.notices = notices;
    this.rounds = rounds;
    this.schools = schools;
    this.forms = forms;
    this.signer = signer;
    this.texts = texts;
    this.properties = properties;
    this.environment = environment;
  }

  @Override
  public DeliveryReport afterPush(RoundView round) {
    if (!properties.workNotice() || !notices.enabled()) {
      return DeliveryReport.NONE;
    }
    Map<Long, String> refused = ledger.refusedByRobot(round.id(), "guardian", "prompt");
    if (refused.isEmpty()) {
      return DeliveryReport.NONE;
    }
    Form form = forms.form(round.formCode());
    School school = school(round.schoolId());
    List<Delivery> deliveries = new ArrayList<>();
    refused.forEach(
        (guardianId, userId) -> {
          List<ExpectedChild> children = rounds.expectedChildrenOf(round.id(), guardianId);
          if (children.isEmpty()) {
            return;
          }
          deliveries.add(
              new Delivery(
                  "r" + round.id() + ":guardian:" + guardianId + ":" + NOTICE_KIND + ":1",
                  round.id(),
                  NOTICE_KIND,
                  new Recipient.Notified("guardian", guardianId, userId),
                  notice(round, form, school, children, link(round, guardianId))));
        });
    DeliveryReport report = ledger.send(deliveries);
    log.info(
        "Round {}: {} guardian(s) refused by the robot; work notifications {}",
        round.id(),
        refused.size(),
        report);
    return report;
  }

  @Override
  public Optional<String> linkFor(RoundView round, long guardianId) {
    return properties.links() ? Optional.of(link(round, guardianId)) : Optional.empty();
  }

  /** The guardian's personal link for the round: valid until the round's cut-off. */
  String link(RoundView round, long guardianId) {
    String token =
        signer.sign(
            new LinkSigner.Claims(
                round.schoolId(), round.formCode(), round.date(), guardianId, round.deadline()));
    return baseUrl() + FormPageController.PATH + token;
  }

  private OutboundMessage notice(
      RoundView round, Form form, School school, List<ExpectedChild> children, String link) {
    String date = texts.date(round.date());
    String students =
        children.stream()
            .map(ExpectedChild::name)
            .collect(Collectors.joining(texts.separator(form)));
    String text =
        texts.render(
            "fallback.notice.text",
            Map.of(
                "form",
                form.name(),
                "date",
                date,
                "students",
                students,
                "deadline",
                FallbackTexts.clock(round.deadline(), school.zone())));
    return new OutboundMessage.ActionCard(
        texts.render("fallback.notice.title", Map.of("date", date)),
        text,
        List.of(new OutboundMessage.LinkButton(texts.render("fallback.notice.button"), link)));
  }

  private School school(long schoolId) {
    return schools
        .findSchool(schoolId)
        .orElseThrow(() -> new IllegalStateException("No school " + schoolId));
  }

  private String baseUrl() {
    URI configured = properties.publicBaseUrl();
    if (configured != null && !configured.toString().isBlank()) {
      String base = configured.toString();
      return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
    return "http://127.0.0.1:"
        + environment.getProperty(
            "local.server.port", environment.getProperty("server.port", "8080"));
  }
}
