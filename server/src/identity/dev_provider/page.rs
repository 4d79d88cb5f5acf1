//! The test-login page. Plain, accessible HTML without scripts: a tester with a keyboard, a
//! screen reader or a browser test can use it as easily as a person with a mouse.

use super::authorize::{AuthorizeRequest, LoginForm};
use crate::identity::population::population;
use app::i18n::{translate, Lang};

fn t(lang: Lang, id: &str) -> String {
    translate(lang, id, &[])
}

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn document(lang: Lang, title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title></head><body><main>{body}</main></body></html>",
        title = escape(title)
    )
}

pub fn error(lang: Lang, message_id: &str) -> String {
    let title = t(lang, "idp-title");
    let body = format!(
        "<h1>{}</h1><p>{}</p>",
        escape(&title),
        escape(&t(lang, message_id))
    );
    document(lang, &title, &body)
}

fn hidden(name: &str, value: &str) -> String {
    format!(
        "<input type=\"hidden\" name=\"{name}\" value=\"{}\">",
        escape(value)
    )
}

pub fn login(request: &AuthorizeRequest, form: &LoginForm, error: Option<&str>) -> String {
    let lang = request.lang();
    let title = t(lang, "idp-title");
    let mut body = String::new();
    if let Some(error) = error {
        body.push_str(&format!(
            "<div role=\"alert\" tabindex=\"-1\" id=\"error-summary\"><h2>{}</h2>\
             <ul><li><a href=\"#typed_pid\">{}</a></li></ul></div>",
            escape(&t(lang, "error-summary-title")),
            escape(&t(lang, error))
        ));
    }
    body.push_str(&format!(
        "<h1>{}</h1><p>{}</p>",
        escape(&title),
        escape(&t(lang, "idp-intro"))
    ));
    body.push_str("<form method=\"post\" action=\"authorize\">");
    for (name, value) in [
        ("response_type", request.response_type.as_str()),
        ("client_id", &request.client_id),
        ("redirect_uri", &request.redirect_uri),
        ("scope", &request.scope),
        ("state", &request.state),
        ("code_challenge", &request.code_challenge),
        ("code_challenge_method", &request.code_challenge_method),
    ] {
        body.push_str(&hidden(name, value));
    }
    for (name, value) in [
        ("nonce", &request.nonce),
        ("acr_values", &request.acr_values),
        ("ui_locales", &request.ui_locales),
        ("prompt", &request.prompt),
    ] {
        if let Some(value) = value {
            body.push_str(&hidden(name, value));
        }
    }
    body.push_str(&format!(
        "<fieldset><legend>{}</legend>",
        escape(&t(lang, "idp-person-legend"))
    ));
    for (index, person) in population().iter().enumerate() {
        let checked = if form.person == person.pid.as_str()
            || (form.person.is_empty() && index == 0 && error.is_none())
        {
            " checked"
        } else {
            ""
        };
        body.push_str(&format!(
            "<div><input type=\"radio\" name=\"person\" id=\"person-{index}\" value=\"{pid}\"{checked}>\
             <label for=\"person-{index}\">{name} ({pid})</label></div>",
            pid = person.pid,
            name = escape(person.name),
        ));
    }
    let other_checked = if form.person == "other" || error.is_some() {
        " checked"
    } else {
        ""
    };
    body.push_str(&format!(
        "<div><input type=\"radio\" name=\"person\" id=\"person-other\" value=\"other\"{other_checked}>\
         <label for=\"person-other\">{}</label></div>",
        escape(&t(lang, "idp-person-other"))
    ));
    let invalid = if error.is_some() {
        " aria-invalid=\"true\" aria-describedby=\"typed_pid-error\""
    } else {
        ""
    };
    body.push_str(&format!(
        "<div><label for=\"typed_pid\">{}</label>{}<input type=\"text\" id=\"typed_pid\" name=\"typed_pid\" \
         inputmode=\"numeric\" autocomplete=\"off\" value=\"{}\"{invalid}></div></fieldset>",
        escape(&t(lang, "idp-typed-pid")),
        error.map_or(String::new(), |e| format!("<p id=\"typed_pid-error\">{}</p>", escape(&t(lang, e)))),
        escape(&form.typed_pid),
    ));
    let high = form.level == "high" || (form.level.is_empty() && request.wants_high());
    body.push_str(&format!(
        "<fieldset><legend>{}</legend>\
         <div><input type=\"radio\" name=\"level\" id=\"level-substantial\" value=\"substantial\"{}>\
         <label for=\"level-substantial\">{}</label></div>\
         <div><input type=\"radio\" name=\"level\" id=\"level-high\" value=\"high\"{}>\
         <label for=\"level-high\">{}</label></div></fieldset>",
        escape(&t(lang, "idp-level-legend")),
        if high { "" } else { " checked" },
        escape(&t(lang, "idp-level-substantial")),
        if high { " checked" } else { "" },
        escape(&t(lang, "idp-level-high")),
    ));
    body.push_str(&format!(
        "<button type=\"submit\">{}</button></form>",
        escape(&t(lang, "idp-submit"))
    ));
    document(lang, &title, &body)
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_in_values_is_rendered_inert() {
        assert_eq!(
            escape("<script>\"x\"&'y'</script>"),
            "&lt;script&gt;&quot;x&quot;&amp;&#39;y&#39;&lt;/script&gt;"
        );
    }
}
