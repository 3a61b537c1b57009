package org.brandpulse.nlp.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.brandpulse.nlp.text.TextSanitizer;
import org.brandpulse.nlp.text.Tokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {
  private final LanguageIdentifier identifier = new LanguageIdentifier();

  private String identify(String text, String hint) {
    return identifier
        .identify(Tokenizer.tokenize(TextSanitizer.sanitize(text, 10_000).orElseThrow()), hint)
        .language();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The delivery was late and my order is still not here | en",
        "El pedido llegó tarde y todavía no tengo mi paquete | es",
        "La livraison est en retard et je n'ai pas reçu ma commande | fr",
        "Die Lieferung ist zu spät und ich habe meine Bestellung nicht | de",
        "A entrega atrasou e eu não recebi o meu pedido | pt",
        "La consegna è in ritardo e non ho ricevuto il mio ordine | it",
        "De bezorging is te laat en ik heb mijn bestelling niet | nl",
        "Pengiriman terlambat dan saya belum menerima pesanan yang saya beli | id",
        "আমার অর্ডার এখনও পাইনি, খুব খারাপ সার্ভিস | bn",
        "الخدمة سيئة جدا ولم يصل طلبي | ar",
        "میرا آرڈر ابھی تک نہیں پہنچا | ur",
        "मेरा ऑर्डर अभी तक नहीं आया | hi",
        "我的订单还没有到 | zh",
        "注文した商品がまだ届きません | ja",
        "주문한 상품이 아직 도착하지 않았어요 | ko",
        "Мой заказ до сих пор не доставлен | ru",
        "Моє замовлення ще не доставлено, і я чекаю | uk",
        "Η παραγγελία μου δεν έφτασε | el",
        "ההזמנה שלי עדיין לא הגיעה | he",
        "คำสั่งซื้อของฉันยังไม่มาถึง | th",
        // function words leave these open; the OpenNLP model decides
        "Dostawa się spóźnia i nadal nie mam paczki | pl",
        "Müşteri hizmetleri gerçekten çok kötü | tr",
        "Jag har väntat på återbetalningen i två veckor | sv",
        "Tôi đã chờ hoàn tiền hai tuần rồi | vi",
        "Dalawang linggo na akong naghihintay ng refund | tl",
        "Поръчката ми все още не е доставена | bg",
        "उद्या आम्ही चित्रपट पाहायला जाणार आहोत | mr",
        // romanised Bengali (Banglish) and Bengali with Latin-script names
        "vai apnar natok ta onek bhalo laglo | bn",
        "ami ar kokhono order korbo na, khub kharap service | bn",
        "Krishno Kundu ভারতে চলে যাও , ৯ দিনের পাবে | bn",
        "Wow 😍😍 ডেলিভারি খুব দ্রুত হয়েছে, ধন্যবাদ Dhakart! | bn",
        // CJK with emoji (surrogate pairs)
        "这家店太棒了👍🏽，下次还来 | zh",
        "12345 !!! ... | und",
        "👍👍 | und",
        "🎉🔥💯 | und",
        "ok | und",
      })
  void identifiesScriptsAndLatinLanguages(String text, String expected) {
    assertThat(identify(text, null)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} with hint {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // too short to judge: the hint wins
        "ok          | de    | de",
        "Merci       | fr-CA | fr",
        // nothing to judge at all
        "🎉🎉        | es    | es",
        // the hint names a language of the detected script
        "আমার অর্ডার | as    | as",
        // the script contradicts the hint: the script wins
        "আমার অর্ডার এখনও পাইনি | en | bn",
        // long, clear English beats a wrong hint
        "I have been waiting for my order and it is still not here | fr | en",
        // a malformed hint is ignored
        "ok          | 123   | und",
      })
  void hintDecidesWhenTextIsTooShort(String text, String hint, String expected) {
    assertThat(identify(text, hint)).isEqualTo(expected);
  }
}
