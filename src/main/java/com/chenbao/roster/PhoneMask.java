package com.chenbao.roster;

/** A phone number as reports show it: the first three and last four digits (139****1234). */
final class PhoneMask {

  private PhoneMask() {}

  static String mask(String phone) {
    return phone.length() < 8
        ? "****"
        : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
  }
}
