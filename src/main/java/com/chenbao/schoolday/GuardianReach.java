package com.chenbao.schoolday;

import com.chenbao.delivery.DeliveryLedger;
import com.chenbao.delivery.Recipient;
import com.chenbao.rounds.RoundQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * How each guardian of a round was reached, for the class teacher's list (docs/fallback.md):
 * answered (for any child in the round), or the channel that got the prompt to them (personal link
 * opened, work notification, robot), or not at all. Also the bridge to the {@link FallbackChannel},
 * when the fallback module is there.
 */
@Component
class GuardianReach {

  /** Delivery kinds that carry a round's prompt to a guardian, over any channel. */
  static final List<String> PROMPT_KINDS =
      List.of(PromptSteps.PROMPT, "prompt_notice", "form_link");

  /** Best first: what the teacher's list says about a guardian. */
  enum Reach {
    ANSWERED("answered"),
    LINK("link"),
    WORK_NOTICE("work-notice"),
    ROBOT("robot"),
    NONE("none");

    /** The text key piece under {@code teacher.reach.}. */
    final String textKey;

    Reach(String textKey) {
      this.textKey = textKey;
    }
  }

  private final DeliveryLedger ledger;
  private final ObjectProvider<FallbackChannel> fallback;
  private final RoundQuery views;

  GuardianReach(DeliveryLedger ledger, ObjectProvider<FallbackChannel> fallback, RoundQuery views) {
    this.ledger = ledger;
    this.fallback = fallback;
    this.views = views;
  }

  /** Every guardian of the round with some reach; a guardian left out was not reached. */
  Map<Long, Reach> of(long roundId) {
    Set<Long> answered = views.answeringGuardians(roundId);
    Map<Long, Reach> reach = new java.util.HashMap<>();
    ledger
        .reached(roundId, "guardian", PROMPT_KINDS)
        .forEach(
            (guardianId, channels) ->
                reach.put(
                    guardianId,
                    channels.contains(Recipient.CHANNEL_LINK)
                        ? Reach.LINK
                        : channels.contains(Recipient.CHANNEL_WORK_NOTICE)
                            ? Reach.WORK_NOTICE
                            : Reach.ROBOT));
    answered.forEach(id -> reach.put(id, Reach.ANSWERED));
    return reach;
  }

  /** After the push: the fallback channel's work notifications, if the module is there. */
  SendCounts afterPush(RoundContext round) {
    FallbackChannel channel = fallback.getIfAvailable();
    return channel == null
        ? new SendCounts()
        : SendCounts.of(channel.afterPush(views.view(round.round())));
  }

  /** The guardian's personal link, if the fallback module gives links. */
  Optional<String> linkFor(RoundContext round, long guardianId) {
    FallbackChannel channel = fallback.getIfAvailable();
    return channel == null
        ? Optional.empty()
        : channel.linkFor(views.view(round.round()), guardianId);
  }
}
