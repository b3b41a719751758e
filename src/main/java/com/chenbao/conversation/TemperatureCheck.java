package com.chenbao.conversation;

import com.chenbao.forms.ValueRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a typed number is a temperature in the form's range. More than one decimal is
 * rounded half up to one (36.55 is 36.6, as the answer is stored with one decimal and thermometers
 * show one); anything else outside the range is a follow-up, with a suggestion when one is likely
 * (365, 3650 and 3.65 as 36.5; 98.6 read as Fahrenheit).
 */
final class TemperatureCheck {

  private static final BigDecimal NINE_FIFTHS = new BigDecimal("1.8");
  private static final BigDecimal FREEZING_F = new BigDecimal("32");

  private TemperatureCheck() {}

  /**
   * @param value the temperature, one decimal, when accepted
   * @param problem why not, when not accepted
   * @param suggestion what was probably meant, for the did-you-mean and Fahrenheit problems
   */
  record Result(
      @Nullable BigDecimal value,
      @Nullable FollowUpReason problem,
      @Nullable BigDecimal suggestion) {

    boolean accepted() {
      return value != null;
    }
  }

  static Result check(NumberReader.NumberMatch number, ValueRange range) {
    BigDecimal value = oneDecimal(number.value());
    if (range.contains(value)) {
      return new Result(value, null, null);
    }
    BigDecimal shifted = decimalPointMoved(number);
    if (shifted != null && range.contains(shifted)) {
      return new Result(null, FollowUpReason.TEMPERATURE_DID_YOU_MEAN, shifted);
    }
    BigDecimal celsius =
        oneDecimal(
            number.value().subtract(FREEZING_F).divide(NINE_FIFTHS, 3, RoundingMode.HALF_UP));
    if (range.contains(celsius)) {
      return new Result(null, FollowUpReason.TEMPERATURE_FAHRENHEIT, celsius);
    }
    return new Result(null, FollowUpReason.TEMPERATURE_OUT_OF_RANGE, null);
  }

  /**
   * 365 and 3650 without their point, or 3.65 with it one place early: the two leading digits as
   * degrees.
   */
  private static @Nullable BigDecimal decimalPointMoved(NumberReader.NumberMatch number) {
    BigDecimal value = number.value();
    if (number.decimals() == 0 && value.precision() >= 3 && value.precision() <= 4) {
      return oneDecimal(value.movePointLeft(value.precision() - 2));
    }
    if (number.decimals() > 0 && value.compareTo(BigDecimal.TEN) < 0) {
      return oneDecimal(value.movePointRight(1));
    }
    return null;
  }

  private static BigDecimal oneDecimal(BigDecimal value) {
    return value.setScale(1, RoundingMode.HALF_UP);
  }
}
