// The words of the messages sent to families about an event (e-mail, the
// texting platforms' lists, the phone tree's call script), per language.
// Places in braces are the event's facts (core/family_message.h); a
// paragraph whose only place is empty is left out. Only English has been
// read by a speaker (document_texts_reviewed).
#include "core/texts/document_catalogs.h"

namespace fn::texts {

const Catalogs& message_texts() {
    static const Catalogs all{
        {"en",
         {{"message_invitation_subject", "You are invited: {event}, {date}"},
          {"message_invitation_body",
           "Dear {family},\n\nYou are invited to {event} on {date}, {time}, at {place}.\n\n{childcare}\n\nWe hope to "
           "see you there!\n{school}"},
          {"message_reminder_subject", "See you soon: {event}, {date}"},
          {"message_reminder_body",
           "Dear {family},\n\nA reminder: {event} is on {date}, {time}, at {place}.\n\nYour workshops: "
           "{workshops}\n\n{childcare}\n\n{pickup}\n\nSee you there!\n{school}"},
          {"message_place_opened_subject", "A place opened for you: {event}"},
          {"message_place_opened_body",
           "Dear {family},\n\nGood news: a place opened for you in {workshops} at {event} on {date}, {time}. "
           "Your seat is kept for you.\n\nSee you there!\n{school}"},
          {"message_missed_you_subject", "We missed you at {event}"},
          {"message_missed_you_body",
           "Dear {family},\n\nWe missed you at {event} on {date}. We hope to see you at the next family night. "
           "If something made it hard to come, please tell us: we want to help.\n\n{school}"},
          {"message_childcare", "Free childcare is ready for your children while you are at the workshops."},
          {"message_pickup", "At the door you get a pickup tag: show it to pick up your children."}}},
        {"es",
         {{"message_invitation_subject", "Están invitados: {event}, {date}"},
          {"message_invitation_body",
           "Estimada {family}:\n\nLos invitamos a {event} el {date}, {time}, en {place}.\n\n{childcare}\n\n¡Esperamos "
           "verlos allí!\n{school}"},
          {"message_reminder_subject", "Los esperamos: {event}, {date}"},
          {"message_reminder_body",
           "Estimada {family}:\n\nLes recordamos: {event} es el {date}, {time}, en {place}.\n\nSus talleres: "
           "{workshops}\n\n{childcare}\n\n{pickup}\n\n¡Los esperamos!\n{school}"},
          {"message_place_opened_subject", "Se abrió un lugar para ustedes: {event}"},
          {"message_place_opened_body",
           "Estimada {family}:\n\nBuenas noticias: se abrió un lugar para ustedes en {workshops} en {event} el "
           "{date}, {time}. Su lugar está reservado.\n\n¡Los esperamos!\n{school}"},
          {"message_missed_you_subject", "Los extrañamos en {event}"},
          {"message_missed_you_body",
           "Estimada {family}:\n\nLos extrañamos en {event} el {date}. Esperamos verlos en la próxima noche "
           "familiar. Si algo les hizo difícil venir, díganos: queremos ayudar.\n\n{school}"},
          {"message_childcare", "Hay cuidado de niños gratis para sus hijos mientras ustedes están en los talleres."},
          {"message_pickup", "En la entrada recibirán una etiqueta: muéstrenla para recoger a sus hijos."}}},
        {"vi",
         {{"message_invitation_subject", "Trân trọng mời: {event}, {date}"},
          {"message_invitation_body",
           "Kính gửi {family},\n\nTrân trọng mời quý vị đến {event} vào {date}, {time}, tại {place}.\n\n{childcare}"
           "\n\nRất mong được gặp quý vị!\n{school}"},
          {"message_reminder_subject", "Hẹn gặp quý vị: {event}, {date}"},
          {"message_reminder_body",
           "Kính gửi {family},\n\nXin nhắc: {event} diễn ra vào {date}, {time}, tại {place}.\n\nHội thảo của quý "
           "vị: {workshops}\n\n{childcare}\n\n{pickup}\n\nHẹn gặp quý vị!\n{school}"},
          {"message_place_opened_subject", "Đã có chỗ cho quý vị: {event}"},
          {"message_place_opened_body",
           "Kính gửi {family},\n\nTin vui: đã có chỗ cho quý vị trong {workshops} tại {event} vào {date}, {time}. "
           "Chỗ ngồi được giữ cho quý vị.\n\nHẹn gặp quý vị!\n{school}"},
          {"message_missed_you_subject", "Chúng tôi nhớ quý vị tại {event}"},
          {"message_missed_you_body",
           "Kính gửi {family},\n\nChúng tôi đã nhớ quý vị tại {event} vào {date}. Mong được gặp quý vị vào buổi tối "
           "gia đình lần tới. Nếu có điều gì khiến quý vị khó đến, xin cho chúng tôi biết: chúng tôi muốn giúp "
           "đỡ.\n\n{school}"},
          {"message_childcare", "Có dịch vụ giữ trẻ miễn phí trong khi quý vị tham dự hội thảo."},
          {"message_pickup", "Tại cửa quý vị sẽ nhận một thẻ đón: xuất trình thẻ để đón con."}}},
        {"zh",
         {{"message_invitation_subject", "诚邀您参加：{event}，{date}"},
          {"message_invitation_body",
           "{family}，您好：\n\n诚邀您于{date} {time}到{place}参加{event}。\n\n{childcare}\n\n期待与您见面！\n{school}"},
          {"message_reminder_subject", "期待见到您：{event}，{date}"},
          {"message_reminder_body",
           "{family}，您好：\n\n提醒您：{event}将于{date} {time}在{place}举行。\n\n您选择的讲座：{workshops}\n\n"
           "{childcare}\n\n{pickup}\n\n届时见！\n{school}"},
          {"message_place_opened_subject", "已为您空出名额：{event}"},
          {"message_place_opened_body",
           "{family}，您好：\n\n好消息：{event}（{date} {time}）的{workshops}已为您空出一个名额，座位为您保留。\n\n"
           "届时见！\n{school}"},
          {"message_missed_you_subject", "{event}没见到您，我们很想念您"},
          {"message_missed_you_body",
           "{family}，您好：\n\n{date}的{event}没有见到您，我们很想念您。希望下次家庭之夜能见到您。如果有什么困难让您"
           "不便前来，请告诉我们：我们愿意帮忙。\n\n{school}"},
          {"message_childcare", "您参加讲座期间，我们为您的孩子提供免费托管。"},
          {"message_pickup", "入场时您会拿到接送牌：凭牌接孩子。"}}},
        {"pt",
         {{"message_invitation_subject", "Vocês estão convidados: {event}, {date}"},
          {"message_invitation_body",
           "Prezada {family},\n\nConvidamos vocês para {event} em {date}, {time}, em {place}.\n\n{childcare}\n\n"
           "Esperamos vê-los lá!\n{school}"},
          {"message_reminder_subject", "Até breve: {event}, {date}"},
          {"message_reminder_body",
           "Prezada {family},\n\nLembrete: {event} é em {date}, {time}, em {place}.\n\nSuas oficinas: {workshops}\n\n"
           "{childcare}\n\n{pickup}\n\nAté lá!\n{school}"},
          {"message_place_opened_subject", "Abriu uma vaga para vocês: {event}"},
          {"message_place_opened_body",
           "Prezada {family},\n\nBoa notícia: abriu uma vaga para vocês em {workshops} em {event}, {date}, {time}. "
           "Seu lugar está reservado.\n\nAté lá!\n{school}"},
          {"message_missed_you_subject", "Sentimos sua falta em {event}"},
          {"message_missed_you_body",
           "Prezada {family},\n\nSentimos sua falta em {event} em {date}. Esperamos vê-los na próxima noite da "
           "família. Se algo dificultou a vinda, conte-nos: queremos ajudar.\n\n{school}"},
          {"message_childcare", "Há cuidado infantil gratuito para seus filhos enquanto vocês estão nas oficinas."},
          {"message_pickup", "Na entrada vocês recebem uma etiqueta: mostrem-na para buscar seus filhos."}}},
        {"ru",
         {{"message_invitation_subject", "Приглашаем вас: {event}, {date}"},
          {"message_invitation_body",
           "Уважаемая {family}!\n\nПриглашаем вас на {event} {date}, {time}, место: {place}.\n\n{childcare}\n\n"
           "Будем рады вас видеть!\n{school}"},
          {"message_reminder_subject", "Ждём вас: {event}, {date}"},
          {"message_reminder_body",
           "Уважаемая {family}!\n\nНапоминаем: {event} состоится {date}, {time}, место: {place}.\n\nВаши "
           "занятия: {workshops}\n\n{childcare}\n\n{pickup}\n\nДо встречи!\n{school}"},
          {"message_place_opened_subject", "Для вас освободилось место: {event}"},
          {"message_place_opened_body",
           "Уважаемая {family}!\n\nХорошая новость: для вас освободилось место на занятии {workshops}, {event}, "
           "{date}, {time}. Место закреплено за вами.\n\nДо встречи!\n{school}"},
          {"message_missed_you_subject", "Нам не хватало вас на {event}"},
          {"message_missed_you_body",
           "Уважаемая {family}!\n\nНам не хватало вас на {event} {date}. Надеемся увидеть вас на следующем "
           "семейном вечере. Если что-то помешало прийти, скажите нам: мы хотим помочь.\n\n{school}"},
          {"message_childcare", "Пока вы на занятиях, за детьми бесплатно присмотрят."},
          {"message_pickup", "У входа вы получите бирку: покажите её, чтобы забрать детей."}}},
        {"ht",
         {{"message_invitation_subject", "Nou envite nou: {event}, {date}"},
          {"message_invitation_body",
           "Chè {family},\n\nNou envite nou nan {event} {date}, {time}, nan {place}.\n\n{childcare}\n\nNou espere "
           "wè nou la!\n{school}"},
          {"message_reminder_subject", "N ap tann nou: {event}, {date}"},
          {"message_reminder_body",
           "Chè {family},\n\nYon rapèl: {event} se {date}, {time}, nan {place}.\n\nAtelye nou yo: {workshops}\n\n"
           "{childcare}\n\n{pickup}\n\nN ap tann nou!\n{school}"},
          {"message_place_opened_subject", "Gen yon plas ki louvri pou nou: {event}"},
          {"message_place_opened_body",
           "Chè {family},\n\nBon nouvèl: gen yon plas ki louvri pou nou nan {workshops} nan {event} {date}, {time}. "
           "Nou kenbe plas la pou nou.\n\nN ap tann nou!\n{school}"},
          {"message_missed_you_subject", "Nou te sonje nou nan {event}"},
          {"message_missed_you_body",
           "Chè {family},\n\nNou te sonje nou nan {event} {date}. Nou espere wè nou nan pwochen swaree fanmi an. Si "
           "gen yon bagay ki te fè li difisil pou nou vini, di nou: nou vle ede.\n\n{school}"},
          {"message_childcare", "Gen gadri gratis pou timoun nou yo pandan nou nan atelye yo."},
          {"message_pickup", "Nan pòt la n ap resevwa yon etikèt: montre l pou vin chèche timoun nou yo."}}},
        {"so",
         {{"message_invitation_subject", "Waa laydin casuumay: {event}, {date}"},
          {"message_invitation_body",
           "{family} qaaliga ah,\n\nWaxaan idinku casuumaynaa {event} {date}, {time}, goobta: {place}.\n\n"
           "{childcare}\n\nWaxaan rajaynaynaa inaan idin aragno!\n{school}"},
          {"message_reminder_subject", "Dhawaan ayaan idin arki doonaa: {event}, {date}"},
          {"message_reminder_body",
           "{family} qaaliga ah,\n\nXusuusin: {event} waa {date}, {time}, goobta: {place}.\n\nAqoon-isweydaarsiyadiinna: "
           "{workshops}\n\n{childcare}\n\n{pickup}\n\nWaan idin sugaynaa!\n{school}"},
          {"message_place_opened_subject", "Boos ayaa idiin banaanaaday: {event}"},
          {"message_place_opened_body",
           "{family} qaaliga ah,\n\nWar wanaagsan: boos ayaa idiin banaanaaday {workshops}, {event}, {date}, {time}. "
           "Boosaskiinna waa la idiin hayaa.\n\nWaan idin sugaynaa!\n{school}"},
          {"message_missed_you_subject", "Waan idin xusnay {event}"},
          {"message_missed_you_body",
           "{family} qaaliga ah,\n\nWaan idin xusnay {event} {date}. Waxaan rajaynaynaa inaan idin aragno habeenka "
           "qoyska ee xiga. Haddii ay wax idinka celiyeen imaatinka, noo sheega: waxaan doonaynaa inaan "
           "caawinno.\n\n{school}"},
          {"message_childcare",
           "Xannaano carruur oo bilaash ah ayaa diyaar u ah carruurtiinna inta aad ku jirtaan "
           "aqoon-isweydaarsiga."},
          {"message_pickup", "Albaabka waxaad ka heleysaan calaamad: tusa si aad carruurtiinna u qaadataan."}}},
        {"tl",
         {{"message_invitation_subject", "Inaanyayahan kayo: {event}, {date}"},
          {"message_invitation_body",
           "Mahal na {family},\n\nInaanyayahan namin kayo sa {event} sa {date}, {time}, sa {place}.\n\n{childcare}\n\n"
           "Umaasa kaming makita kayo roon!\n{school}"},
          {"message_reminder_subject", "Hanggang sa muli: {event}, {date}"},
          {"message_reminder_body",
           "Mahal na {family},\n\nPaalala: ang {event} ay sa {date}, {time}, sa {place}.\n\nAng inyong mga "
           "workshop: {workshops}\n\n{childcare}\n\n{pickup}\n\nMagkita tayo roon!\n{school}"},
          {"message_place_opened_subject", "May bakanteng puwesto para sa inyo: {event}"},
          {"message_place_opened_body",
           "Mahal na {family},\n\nMagandang balita: may bakanteng puwesto para sa inyo sa {workshops} sa {event} sa "
           "{date}, {time}. Nakalaan na ang inyong upuan.\n\nMagkita tayo roon!\n{school}"},
          {"message_missed_you_subject", "Hinanap namin kayo sa {event}"},
          {"message_missed_you_body",
           "Mahal na {family},\n\nHinanap namin kayo sa {event} noong {date}. Umaasa kaming makita kayo sa susunod na "
           "gabi ng pamilya. Kung may naging hadlang sa pagdalo, sabihin sa amin: gusto naming tumulong.\n\n{school}"},
          {"message_childcare", "May libreng pag-aalaga ng bata habang kayo ay nasa mga workshop."},
          {"message_pickup", "Sa pinto ay bibigyan kayo ng tag: ipakita ito para sunduin ang inyong mga anak."}}},
        {"ar",
         {{"message_invitation_subject", "ندعوكم إلى: {event}، {date}"},
          {"message_invitation_body",
           "{family} الكريمة،\n\nندعوكم إلى {event} يوم {date}، {time}، في {place}.\n\n{childcare}\n\nنأمل أن "
           "نراكم هناك!\n{school}"},
          {"message_reminder_subject", "نراكم قريبًا: {event}، {date}"},
          {"message_reminder_body",
           "{family} الكريمة،\n\nتذكير: {event} يوم {date}، {time}، في {place}.\n\nورش العمل التي اخترتموها: "
           "{workshops}\n\n{childcare}\n\n{pickup}\n\nإلى اللقاء!\n{school}"},
          {"message_place_opened_subject", "توفّر مكان لكم: {event}"},
          {"message_place_opened_body",
           "{family} الكريمة،\n\nخبر سار: توفّر مكان لكم في {workshops} في {event} يوم {date}، {time}. مقعدكم "
           "محجوز لكم.\n\nإلى اللقاء!\n{school}"},
          {"message_missed_you_subject", "افتقدناكم في {event}"},
          {"message_missed_you_body",
           "{family} الكريمة،\n\nافتقدناكم في {event} يوم {date}. نأمل أن نراكم في الأمسية العائلية القادمة. إذا "
           "كان هناك ما صعّب عليكم الحضور، أخبرونا: نريد أن نساعد.\n\n{school}"},
          {"message_childcare", "رعاية مجانية لأطفالكم أثناء حضوركم ورش العمل."},
          {"message_pickup", "ستحصلون عند الباب على بطاقة استلام: أظهروها لاستلام أطفالكم."}}},
        {"ko",
         {{"message_invitation_subject", "초대합니다: {event}, {date}"},
          {"message_invitation_body",
           "{family}께,\n\n{date} {time}, {place}에서 열리는 {event}에 초대합니다.\n\n{childcare}\n\n"
           "그곳에서 뵙기를 바랍니다!\n{school}"},
          {"message_reminder_subject", "곧 뵙겠습니다: {event}, {date}"},
          {"message_reminder_body",
           "{family}께,\n\n알려 드립니다: {event}은(는) {date} {time}, {place}에서 열립니다.\n\n선택하신 "
           "워크숍: {workshops}\n\n{childcare}\n\n{pickup}\n\n그때 뵙겠습니다!\n{school}"},
          {"message_place_opened_subject", "자리가 났습니다: {event}"},
          {"message_place_opened_body",
           "{family}께,\n\n좋은 소식입니다: {date} {time} {event}의 {workshops}에 자리가 났습니다. 자리를 "
           "맡아 두었습니다.\n\n그때 뵙겠습니다!\n{school}"},
          {"message_missed_you_subject", "{event}에서 뵙지 못해 아쉬웠습니다"},
          {"message_missed_you_body",
           "{family}께,\n\n{date} {event}에서 뵙지 못해 아쉬웠습니다. 다음 가족의 밤에서 뵙기를 바랍니다. "
           "오시기 어려운 사정이 있었다면 알려 주세요: 돕고 싶습니다.\n\n{school}"},
          {"message_childcare", "워크숍에 참석하시는 동안 자녀를 무료로 돌봐 드립니다."},
          {"message_pickup", "입구에서 픽업 태그를 받으십니다: 자녀를 데려가실 때 보여 주세요."}}},
        {"fa",
         {{"message_invitation_subject", "شما دعوت شده‌اید: {event}، {date}"},
          {"message_invitation_body",
           "{family} گرامی،\n\nشما را به {event} در {date}، {time}، در {place} دعوت می‌کنیم.\n\n{childcare}"
           "\n\nامیدواریم شما را آنجا ببینیم!\n{school}"},
          {"message_reminder_subject", "به‌زودی می‌بینیمتان: {event}، {date}"},
          {"message_reminder_body",
           "{family} گرامی،\n\nیادآوری: {event} در {date}، {time}، در {place} است.\n\nکارگاه‌های شما: "
           "{workshops}\n\n{childcare}\n\n{pickup}\n\nمی‌بینیمتان!\n{school}"},
          {"message_place_opened_subject", "جایی برای شما باز شد: {event}"},
          {"message_place_opened_body",
           "{family} گرامی،\n\nخبر خوب: در {workshops} در {event}، {date}، {time} جایی برای شما باز شد. "
           "جای شما نگه داشته شده است.\n\nمی‌بینیمتان!\n{school}"},
          {"message_missed_you_subject", "جای شما در {event} خالی بود"},
          {"message_missed_you_body",
           "{family} گرامی،\n\nجای شما در {event} در {date} خالی بود. امیدواریم شما را در شب خانوادگی بعدی "
           "ببینیم. اگر چیزی آمدن را برایتان سخت کرد، به ما بگویید: می‌خواهیم کمک کنیم.\n\n{school}"},
          {"message_childcare",
           "در زمان کارگاه‌ها از فرزندانتان رایگان نگهداری می‌شود."},
          {"message_pickup",
           "دم در برچسب تحویل می‌گیرید: برای بردن فرزندانتان آن را نشان دهید."}}},
        {"ne",
         {{"message_invitation_subject", "तपाईंलाई निम्तो छ: {event}, {date}"},
          {"message_invitation_body",
           "आदरणीय {family},\n\n{date}, {time} मा {place} मा हुने {event} मा तपाईंलाई निम्तो छ।\n\n{childcare}\n\n"
           "तपाईंलाई त्यहाँ भेट्ने आशा गर्छौं!\n{school}"},
          {"message_reminder_subject", "छिट्टै भेटौँला: {event}, {date}"},
          {"message_reminder_body",
           "आदरणीय {family},\n\nसम्झना: {event} {date}, {time} मा {place} मा हुन्छ।\n\nतपाईंका कार्यशालाहरू: "
           "{workshops}\n\n{childcare}\n\n{pickup}\n\nत्यहीँ भेटौँला!\n{school}"},
          {"message_place_opened_subject", "तपाईंका लागि ठाउँ खुल्यो: {event}"},
          {"message_place_opened_body",
           "आदरणीय {family},\n\nखुसीको खबर: {date}, {time} को {event} मा {workshops} मा तपाईंका लागि ठाउँ खुल्यो। "
           "तपाईंको सिट राखिएको छ।\n\nत्यहीँ भेटौँला!\n{school}"},
          {"message_missed_you_subject", "{event} मा हामीले तपाईंलाई सम्झ्यौँ"},
          {"message_missed_you_body",
           "आदरणीय {family},\n\n{date} को {event} मा हामीले तपाईंलाई सम्झ्यौँ। अर्को पारिवारिक साँझमा भेट्ने आशा "
           "गर्छौं। आउन केही कठिनाइ भएको भए हामीलाई भन्नुहोस्: हामी मद्दत गर्न चाहन्छौँ।\n\n{school}"},
          {"message_childcare", "तपाईं कार्यशालामा हुँदा बच्चाहरूको निःशुल्क हेरचाह हुन्छ।"},
          {"message_pickup", "ढोकामा तपाईंले लिने ट्याग देखाएर बच्चाहरूलाई लैजानुहोस्।"}}},
    };
    return all;
}

}  // namespace fn::texts
