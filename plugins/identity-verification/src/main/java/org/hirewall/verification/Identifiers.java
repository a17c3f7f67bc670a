package org.hirewall.verification;

import java.util.Locale;

/**
 * Normal forms for the identifiers compared across subjects, so that the same phone, e-mail,
 * account, wallet, address, document or IP written two ways still matches; their keyed hash (HMAC
 * with {@link IdentifierKey}, stored instead of the value) and a masked form for people to read.
 */
public final class Identifiers {

  /** The kinds compared across subjects (laptop farms, reused personas). */
  public enum Kind {
    PHONE,
    EMAIL,
    BANK_ACCOUNT,
    WALLET,
    SHIPPING_ADDRESS,
    DOCUMENT_NUMBER,
    IP,
    GITHUB
  }

  private Identifiers() {}

  public static String normalize(Kind kind, String value) {
    String v = value.trim();
    return switch (kind) {
      case PHONE -> v.replaceAll("[^0-9]", "");
      case EMAIL -> normalizeEmail(v);
      case BANK_ACCOUNT, DOCUMENT_NUMBER ->
          v.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
      case WALLET -> v.startsWith("0x") || v.startsWith("0X") ? v.toLowerCase(Locale.ROOT) : v;
      case SHIPPING_ADDRESS ->
          v.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
      case IP, GITHUB -> v.toLowerCase(Locale.ROOT);
    };
  }

  /** Lowercase; dots and "+tags" in the local part ignored, which mail providers also ignore. */
  private static String normalizeEmail(String v) {
    String lower = v.toLowerCase(Locale.ROOT);
    int at = lower.lastIndexOf('@');
    if (at < 0) {
      return lower;
    }
    String local = lower.substring(0, at);
    int plus = local.indexOf('+');
    if (plus >= 0) {
      local = local.substring(0, plus);
    }
    return local.replace(".", "") + lower.substring(at);
  }

  /** The keyed hash stored instead of the value: HMAC-SHA256 of the kind and the normal form. */
  public static String hash(byte[] key, Kind kind, String value) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
      return java.util.HexFormat.of()
          .formatHex(
              mac.doFinal(
                  (kind + ":" + normalize(kind, value))
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Enough to recognise the value, not enough to use it: the last few characters. */
  public static String mask(Kind kind, String value) {
    String n = normalize(kind, value);
    if (kind == Kind.EMAIL) {
      int at = n.indexOf('@');
      String masked = (at > 0 ? n.charAt(0) + "***" : "***") + (at >= 0 ? n.substring(at) : "");
      // a long domain is shortened from the left: the column holds 120 characters
      return masked.length() <= 120
          ? masked
          : masked.substring(0, 4) + "…" + masked.substring(masked.length() - 115);
    }
    int keep = Math.min(4, Math.max(0, n.length() / 3));
    return "***" + n.substring(n.length() - keep);
  }
}
