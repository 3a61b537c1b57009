package org.brandpulse.app.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The accounts that post: a pool per voice with heavy-tailed follower counts (a Lomax
 * distribution), a few influencers with 100k+ followers, the brand accounts and spam bots.
 */
final class People {
  static final Persona BAZARLY = new Persona("bazarly", "Bazarly", 512_400, Voice.EN);
  static final Persona BAZARLY_HELP = new Persona("bazarly_help", "Bazarly Care", 48_310, Voice.EN);
  static final Persona VIRAL = new Persona("tahmid_rahman", "Tahmid Rahman", 3_412, Voice.EN);
  static final List<Persona> INFLUENCERS =
      List.of(
          new Persona("techwithrafi", "Rafi | TechWithRafi", 412_800, Voice.EN),
          new Persona("nadia_reports", "Nadia Rahman", 254_100, Voice.EN),
          new Persona("dhaka_foodie", "Dhaka Foodie 🍛", 186_350, Voice.EN),
          new Persona("saree_stories", "শাড়ির গল্প | Saree Stories", 128_900, Voice.BN),
          new Persona("bd_deal_hunter", "Dhaka Deal Hunter", 97_300, Voice.EN));
  static final List<Persona> BOTS =
      List.of(
          new Persona("eid_offer_bd24", "Eid Offer BD", 3, Voice.EN),
          new Persona("gift_bd_4u", "Gift BD", 11, Voice.EN),
          new Persona("free_voucher_bd", "Free Voucher", 0, Voice.EN),
          new Persona("deals_dhaka_247", "Deals 24/7", 17, Voice.EN),
          new Persona("offer_zone_bd", "অফার জোন", 6, Voice.BN));

  private static final String[][] FIRST = {
    {"Rina", "রিনা"}, {"Tanvir", "তানভীর"}, {"Nusrat", "নুসরাত"}, {"Farhan", "ফারহান"},
    {"Sadia", "সাদিয়া"}, {"Arif", "আরিফ"}, {"Mehedi", "মেহেদী"}, {"Sabrina", "সাবরিনা"},
    {"Rakib", "রাকিব"}, {"Tania", "তানিয়া"}, {"Imran", "ইমরান"}, {"Jannat", "জান্নাত"},
    {"Shuvo", "শুভ"}, {"Mim", "মিম"}, {"Sakib", "সাকিব"}, {"Ananya", "অনন্যা"},
    {"Sourav", "সৌরভ"}, {"Farzana", "ফারজানা"}, {"Nayeem", "নাঈম"}, {"Lamia", "লামিয়া"},
    {"Hasan", "হাসান"}, {"Tasnim", "তাসনিম"}, {"Rubel", "রুবেল"}, {"Shirin", "শিরিন"},
    {"Debashis", "দেবাশীষ"}, {"Priyanka", "প্রিয়াঙ্কা"}, {"Zahid", "জাহিদ"}, {"Mahi", "মাহি"}
  };
  private static final String[][] LAST = {
    {"Khan", "খান"},
    {"Rahman", "রহমান"},
    {"Hossain", "হোসেন"},
    {"Akter", "আক্তার"},
    {"Islam", "ইসলাম"},
    {"Chowdhury", "চৌধুরী"},
    {"Ahmed", "আহমেদ"},
    {"Sarkar", "সরকার"},
    {"Das", "দাস"},
    {"Roy", "রায়"},
    {"Saha", "সাহা"},
    {"Haque", "হক"},
    {"Karim", "করিম"},
    {"Uddin", "উদ্দিন"},
    {"Sultana", "সুলতানা"},
    {"Biswas", "বিশ্বাস"},
    {"Mollah", "মোল্লা"}
  };

  /** Display name and the Latin name handles are made from. */
  private static final Map<Voice, List<String[]>> FOREIGN_NAMES =
      Map.of(
          Voice.HI,
          List.of(
              new String[] {"Priya Sharma", "priya sharma"},
              new String[] {"Rahul Verma", "rahul verma"},
              new String[] {"अनन्या घोष", "ananya ghosh"},
              new String[] {"Sourav Banerjee", "sourav banerjee"}),
          Voice.ES,
          List.of(
              new String[] {"María García", "maria garcia"},
              new String[] {"Javier López", "javi lopez"},
              new String[] {"Lucía Fernández", "lucia fernandez"}),
          Voice.AR,
          List.of(
              new String[] {"Ahmed Al-Mansouri", "ahmed mansouri"},
              new String[] {"فاطمة الزهراني", "fatima zahrani"},
              new String[] {"Omar Khalid", "omar khalid"}));

  private final Map<Voice, List<Persona>> pools = new EnumMap<>(Voice.class);
  private final TreeSet<String> taken = new TreeSet<>();

  /**
   * @param size accounts in the English pool; the others scale from it
   * @param dotted Facebook-like handles ({@code rina.khan.92}) instead of Twitter-like ones
   */
  People(int size, boolean dotted, SplittableRandom rnd) {
    INFLUENCERS.forEach(p -> taken.add(p.handle()));
    BOTS.forEach(p -> taken.add(p.handle()));
    taken.addAll(List.of(BAZARLY.handle(), BAZARLY_HELP.handle(), VIRAL.handle()));
    int[] sizes = {size, size * 3 / 5, 0, 6, 5, 6};
    for (Voice voice : Voice.values()) {
      List<Persona> pool = new ArrayList<>();
      for (int i = 0; i < sizes[voice.ordinal()]; i++) {
        pool.add(person(voice, dotted, rnd));
      }
      pools.put(voice, List.copyOf(pool));
    }
    pools.put(Voice.BANGLISH, pools.get(Voice.BN));
  }

  /** An account writing in the voice; a few accounts write much more than the rest. */
  Persona pick(Voice voice, SplittableRandom rnd) {
    List<Persona> pool = pools.get(voice);
    double u = rnd.nextDouble();
    return pool.get((int) (pool.size() * u * u));
  }

  private Persona person(Voice voice, boolean dotted, SplittableRandom rnd) {
    String latin;
    String display;
    if (FOREIGN_NAMES.containsKey(voice)) {
      String[] name = FOREIGN_NAMES.get(voice).get(rnd.nextInt(FOREIGN_NAMES.get(voice).size()));
      display = name[0];
      latin = name[1];
    } else {
      String[] first = FIRST[rnd.nextInt(FIRST.length)];
      String[] last = LAST[rnd.nextInt(LAST.length)];
      latin = first[0] + " " + last[0];
      display = voice == Voice.BN && rnd.nextDouble() < 0.6 ? first[1] + " " + last[1] : latin;
    }
    String handle = uniqueHandle(latin, dotted, rnd);
    double u = 1.0 - rnd.nextDouble();
    int followers =
        (int) Math.min(80_000, 90 * (StrictMath.pow(u, -1 / 1.15) - 1)) + rnd.nextInt(12);
    return new Persona(handle, display, followers, voice);
  }

  private String uniqueHandle(String latinName, boolean dotted, SplittableRandom rnd) {
    String[] parts = latinName.toLowerCase(Locale.ROOT).split(" ");
    for (int attempt = 0; ; attempt++) {
      String suffix = attempt == 0 && rnd.nextBoolean() ? "" : Integer.toString(rnd.nextInt(100));
      String handle =
          dotted
              ? parts[0] + "." + parts[parts.length - 1] + (suffix.isEmpty() ? "" : "." + suffix)
              : switch (rnd.nextInt(3)) {
                case 0 -> parts[0] + "_" + parts[parts.length - 1].charAt(0) + suffix;
                case 1 -> parts[0] + parts[parts.length - 1] + suffix;
                default -> parts[0] + "_bd" + suffix;
              };
      if (handle.length() <= 15 || dotted) {
        if (taken.add(handle)) {
          return handle;
        }
      }
    }
  }
}
