package org.hirewall.verification;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Random material for liveness challenges (LIVE-01..03): a phrase to read aloud that no one can
 * have prepared (four words and a number, about 2^41 combinations; the store refuses any phrase
 * issued before), and a random order of head turns and a hand passed across the face — moves that
 * break a real-time face swap.
 */
final class ChallengePhrases {

  private static final SecureRandom RANDOM = new SecureRandom();

  private static final String[] WORDS = {
    "amber", "anchor", "apple", "arrow", "badger", "bamboo", "basket", "beacon", "birch", "bishop",
    "blanket", "bottle", "bridge", "bucket", "cabin", "candle", "canyon", "carpet", "castle",
    "cedar", "cherry", "cobalt", "comet", "copper", "coral", "cotton", "crane", "crystal", "dahlia",
    "desert", "dolphin", "dragon", "eagle", "ember", "falcon", "feather", "fern", "fiddle",
    "forest", "fossil", "garden", "ginger", "glacier", "granite", "harbor", "hazel", "helmet",
    "honey", "island", "ivory", "jasmine", "kettle", "lantern", "lemon", "marble", "meadow",
    "mirror", "monsoon", "nectar", "oasis", "orchid", "otter", "pebble", "pepper", "pillow",
    "planet", "quartz", "rabbit", "raven", "ribbon", "river", "saddle", "salmon", "signal",
    "silver", "spruce", "summit", "tiger", "timber", "tulip", "velvet", "violet", "walnut",
    "willow", "window", "zephyr"
  };

  private static final List<String> MOVES =
      List.of("turn-head-left", "turn-head-right", "hand-across-face", "look-up");

  private ChallengePhrases() {}

  static String phrase() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      sb.append(WORDS[RANDOM.nextInt(WORDS.length)]).append(' ');
    }
    return sb.append(1000 + RANDOM.nextInt(9000)).toString();
  }

  /** All moves in a random order. */
  static List<String> moves() {
    List<String> m = new ArrayList<>(MOVES);
    Collections.shuffle(m, RANDOM);
    return m;
  }
}
