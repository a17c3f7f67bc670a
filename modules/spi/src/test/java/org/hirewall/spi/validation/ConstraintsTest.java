package org.hirewall.spi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Values that look right but mean nothing are refused; real ones pass. */
class ConstraintsTest {

  @Test
  void timeZonesMustExist() {
    KnownTimeZone.Check tz = new KnownTimeZone.Check();
    assertThat(tz.isValid("America/Chicago", null)).isTrue();
    assertThat(tz.isValid("Asia/Pyongyang", null)).isTrue();
    assertThat(tz.isValid(null, null)).isTrue();
    assertThat(tz.isValid("Mars/Olympus_Mons", null)).isFalse();
    assertThat(tz.isValid("America/Chicag", null)).isFalse();
  }

  @Test
  void countryCodesMustBeAssigned() {
    CountryCode.Check cc = new CountryCode.Check();
    assertThat(cc.isValid("US", null)).isTrue();
    assertThat(cc.isValid("KP", null)).isTrue();
    assertThat(cc.isValid("XX", null)).isFalse();
    assertThat(cc.isValid("us", null)).isFalse();
  }

  @Test
  void ipAddressesAreLiterals() {
    assertThat(IpAddress.Check.valid("175.45.176.10")).isTrue();
    assertThat(IpAddress.Check.valid("2001:db8::1")).isTrue();
    assertThat(IpAddress.Check.valid("::ffff:10.0.0.1")).isTrue();
    assertThat(IpAddress.Check.valid("999.1.1.1")).isFalse();
    assertThat(IpAddress.Check.valid("...")).isFalse();
    assertThat(IpAddress.Check.valid("1:2:3:4:5:6:7:8:9")).isFalse();
    assertThat(IpAddress.Check.valid("example.org")).isFalse();
  }
}
