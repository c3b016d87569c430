#pragma once
// A sentence for the person using FamilyNight, kept as its English template
// with numbered places ("{0} is more than {1}") and the values that fill
// them, so each front end says it in its own language: the CLI prints the
// English, the app looks the template up in its catalog. Templates are
// marked with tr() so xgettext finds them (src/app/po/extract.sh); values
// that are themselves words to translate (a field name) are tr() Texts too,
// while names, numbers and codes typed by people stay as they are.
#include <string>
#include <vector>

namespace fn {

class Text {
public:
    Text() = default;
    // Data shown as is: a name, a number, a code.
    Text(std::string literal) : format_(std::move(literal)) {}   // NOLINT: implicit on purpose
    Text(long long number) : format_(std::to_string(number)) {}  // NOLINT
    Text(int number) : format_(std::to_string(number)) {}        // NOLINT
    // A string literal in code is English for people: mark it with tr(), or
    // make it data on purpose with std::string("...").
    Text(const char*) = delete;

    // An English template to translate, with its values.
    static Text translatable(const char* english, std::vector<Text> args) {
        Text t;
        t.format_ = english;
        t.args_ = std::move(args);
        t.translate_ = true;
        return t;
    }

    // The sentence in English (the CLI, logs, tests).
    // Nothing to say.
    bool empty() const { return format_.empty(); }
    std::string english() const {
        return fill([](const std::string& s) { return s; });
    }
    // The sentence through `translate` (UTF-8 template in, UTF-8 out):
    // the template and every translatable value are looked up.
    template <typename Translate>
    std::string fill(Translate&& translate) const {
        std::string pattern = translate_ ? translate(format_) : format_;
        std::string out;
        for (std::size_t i = 0; i < pattern.size(); ++i) {
            if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 1] >= '0' && pattern[i + 1] <= '9' &&
                pattern[i + 2] == '}') {
                auto n = static_cast<std::size_t>(pattern[i + 1] - '0');
                if (n < args_.size()) out += args_[n].fill(translate);
                i += 2;
                continue;
            }
            out += pattern[i];
        }
        return out;
    }

    // Its parts, to keep it for later (store/stored_text.h) and make it again.
    const std::string& format() const { return format_; }
    const std::vector<Text>& args() const { return args_; }
    bool translated_on_show() const { return translate_; }
    static Text kept(std::string format, std::vector<Text> args, bool translate) {
        Text t;
        t.format_ = std::move(format);
        t.args_ = std::move(args);
        t.translate_ = translate;
        return t;
    }

private:
    std::string format_;
    std::vector<Text> args_;
    bool translate_ = false;
};

// What someone typed, in quotes, cut to a short excerpt: a refusal never
// echoes a whole 5 MB cell back.
inline Text quoted(const std::string& typed) {
    constexpr std::size_t kMax = 40;  // code points
    std::size_t cut = 0, count = 0;
    while (cut < typed.size() && count < kMax) {
        ++cut;
        while (cut < typed.size() && (static_cast<unsigned char>(typed[cut]) & 0xC0) == 0x80) ++cut;
        ++count;
    }
    return Text("'" + typed.substr(0, cut) + (cut < typed.size() ? "\xE2\x80\xA6'" : "'"));
}

// Marks an English template for the catalogs: tr("{0} is more than {1}", {value, limit}).
inline Text tr(const char* english, std::vector<Text> args = {}) {
    return Text::translatable(english, std::move(args));
}

}  // namespace fn
