package com.chenbao.dingtalk;

import com.chenbao.messaging.OutboundMessage;
import com.chenbao.messaging.OutboundMessage.Markdown;
import com.chenbao.messaging.OutboundMessage.Text;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Splits a text or markdown message that is too large for one robot message into several, at line
 * boundaries, so that each part's encoded size ({@code sizeOf}, in UTF-8 bytes) stays within the
 * limit. Markdown parts get " (i/n)" appended to their title. A single line longer than a part is
 * cut between characters (code points), so no UTF-8 sequence or surrogate pair is ever broken.
 * Joining the parts' bodies with "\n" gives back the original, except where an over-long single
 * line had to be cut.
 */
final class MessageSplitter {

  static final int MAX_PARTS = 99;
  private static final int NEWLINE_COST = 2; // "\n" is escaped as two bytes inside a JSON string

  private MessageSplitter() {}

  static List<OutboundMessage> split(
      OutboundMessage message, int limitBytes, ToIntFunction<OutboundMessage> sizeOf) {
    if (sizeOf.applyAsInt(message) <= limitBytes) {
      return List.of(message);
    }
    if (!(message instanceof Text) && !(message instanceof Markdown)) {
      throw new IllegalArgumentException(
          "an action card larger than " + limitBytes + " bytes cannot be split");
    }
    int overhead = sizeOf.applyAsInt(withBody(message, "", MAX_PARTS, MAX_PARTS));
    int budget = limitBytes - overhead;
    if (budget < 16) {
      throw new IllegalArgumentException(
          "the message title alone nearly exceeds " + limitBytes + " bytes");
    }
    List<String> chunks = chunk(bodyOf(message), budget);
    if (chunks.size() > MAX_PARTS) {
      throw new IllegalArgumentException(
          "message too long: it would need " + chunks.size() + " parts");
    }
    List<OutboundMessage> parts = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      OutboundMessage part = withBody(message, chunks.get(i), i + 1, chunks.size());
      if (sizeOf.applyAsInt(part) > limitBytes) {
        throw new IllegalStateException(
            "split part " + (i + 1) + " still exceeds " + limitBytes + " bytes");
      }
      parts.add(part);
    }
    return parts;
  }

  static List<String> chunk(String body, int budget) {
    List<String> chunks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int currentCost =
        -1; // -1: nothing in the current chunk yet (an empty first line still counts as content)
    for (String line : body.split("\n", -1)) {
      int lineCost = jsonBytes(line);
      if (lineCost > budget) {
        if (currentCost >= 0) {
          chunks.add(current.toString());
        }
        chunks.addAll(cutLongLine(line, budget));
        current.setLength(0);
        currentCost = -1;
      } else if (currentCost >= 0 && currentCost + NEWLINE_COST + lineCost <= budget) {
        current.append('\n').append(line);
        currentCost += NEWLINE_COST + lineCost;
      } else {
        if (currentCost >= 0) {
          chunks.add(current.toString());
        }
        current.setLength(0);
        current.append(line);
        currentCost = lineCost;
      }
    }
    if (currentCost >= 0) {
      chunks.add(current.toString());
    }
    return chunks;
  }

  /**
   * Cuts between code points. Note: the pieces of one long line are joined by "\n" when
   * reassembled.
   */
  private static List<String> cutLongLine(String line, int budget) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    int cost = 0;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      String ch = new String(Character.toChars(codePoint));
      int chCost = jsonBytes(ch);
      if (cost + chCost > budget) {
        pieces.add(piece.toString());
        piece.setLength(0);
        cost = 0;
      }
      piece.append(ch);
      cost += chCost;
      i += Character.charCount(codePoint);
    }
    pieces.add(piece.toString());
    return pieces;
  }

  /** Bytes of the text as the content of a JSON string (escapes included, quotes excluded). */
  static int jsonBytes(String text) {
    return RobotTemplates.toJson(text).getBytes(StandardCharsets.UTF_8).length - 2;
  }

  private static String bodyOf(OutboundMessage message) {
    return message instanceof Text text ? text.content() : ((Markdown) message).text();
  }

  private static OutboundMessage withBody(
      OutboundMessage original, String body, int part, int parts) {
    if (original instanceof Text) {
      return new Text(body);
    }
    return new Markdown(((Markdown) original).title() + " (" + part + "/" + parts + ")", body);
  }
}
