// The intake forms of the static site, sent through the JSON intake API.
//
// Without this script the form is a plain POST to the backend with the token baked
// into the page (shared by every visitor of the export's current period), which
// stores it and sends the visitor back to the thank-you page. With it, the form
// fetches a fresh one-time token into that field (so the same rules apply as on the
// live site, however old the exported page is), sends JSON with an Idempotency-Key
// (a retried click never stores twice) and shows the errors beside the fields, in
// the visitor's language as the API returns them.
(function () {
  "use strict";

  function enhance(form) {
    var api = form.dataset.intakeApi;
    var locale = form.dataset.locale;
    var role = form.querySelector('input[name="role"]');
    var token = form.querySelector('input[name="form_token"]');
    if (!token) {
      token = document.createElement("input");
      token.type = "hidden";
      token.name = "form_token";
    }
    var fresh = false;
    var key = null;
    var lastBody = null;

    // "Request this material" on the materials page: that material ticked, as the
    // live site's page does from the same ?material=<id>.
    var wanted = new URLSearchParams(window.location.search).get("material");
    if (wanted) {
      form.querySelectorAll('input[type="checkbox"][name="materials"]').forEach(function (box) {
        if (box.value === wanted) {
          box.checked = true;
        }
      });
    }

    function fetchToken() {
      var query = "?locale=" + encodeURIComponent(locale);
      if (role) {
        query += "&role=" + encodeURIComponent(role.value);
      }
      return fetch(api + query, { headers: { Accept: "application/json" } })
        .then(function (response) {
          return response.ok ? response.json() : null;
        })
        .then(function (schema) {
          var fields = (schema && schema.fields) || [];
          fields.forEach(function (field) {
            if (field.name === "form_token" && field.value) {
              token.value = field.value;
              if (!token.parentNode) {
                form.appendChild(token);
              }
              fresh = true;
              token.dataset.fresh = "";
            }
          });
        })
        .catch(function () {
          // Offline or refused: the plain POST still works.
        });
    }

    function collect() {
      var data = {};
      Array.prototype.forEach.call(form.elements, function (element) {
        var name = element.name;
        if (!name || element.disabled || element.type === "submit" || element.type === "button") {
          return;
        }
        if (element.type === "checkbox") {
          var group = form.querySelectorAll('input[type="checkbox"][name="' + name + '"]');
          if (group.length > 1) {
            data[name] = data[name] || [];
            if (element.checked) {
              data[name].push(element.value);
            }
          } else {
            data[name] = element.checked;
          }
        } else if (element.type === "radio") {
          if (element.checked) {
            data[name] = element.value;
          }
        } else if (element.type === "select-multiple") {
          data[name] = Array.prototype.filter
            .call(element.options, function (option) {
              return option.selected;
            })
            .map(function (option) {
              return option.value;
            });
        } else {
          data[name] = element.value;
        }
      });
      return data;
    }

    function clearErrors() {
      var summary = form.previousElementSibling;
      if (summary && summary.classList.contains("error-summary")) {
        summary.remove();
      }
      form.querySelectorAll(".field__errors[data-intake]").forEach(function (list) {
        list.remove();
      });
      form.querySelectorAll(".field--invalid").forEach(function (field) {
        field.classList.remove("field--invalid");
      });
      form.querySelectorAll("[aria-invalid]").forEach(function (element) {
        element.removeAttribute("aria-invalid");
      });
    }

    function labelOf(name) {
      var element = document.getElementById("id_" + name);
      if (!element) {
        return "";
      }
      var label = element.tagName === "FIELDSET"
        ? element.querySelector("legend")
        : form.querySelector('label[for="' + element.id + '"]');
      var text = label ? label.firstChild.textContent : "";
      // without its own closing punctuation, as the server's summary shows it
      return text.trim().replace(/[。.:：?？!！।\s]+$/, "");
    }

    function showErrors(errors, title) {
      clearErrors();
      var summary = document.createElement("div");
      summary.className = "error-summary";
      summary.setAttribute("role", "alert");
      summary.tabIndex = -1;
      var heading = document.createElement("h2");
      heading.textContent = title;
      summary.appendChild(heading);
      var list = document.createElement("ul");
      Object.keys(errors).forEach(function (name) {
        var messages = errors[name];
        var item = document.createElement("li");
        var element = document.getElementById("id_" + name);
        var label = labelOf(name);
        if (element && label) {
          var link = document.createElement("a");
          link.href = "#" + element.id;
          link.textContent = label + (form.dataset.separator || ": ") + messages[0];
          item.appendChild(link);
          markField(element, name, messages);
        } else {
          item.textContent = messages.join(" ");
        }
        list.appendChild(item);
      });
      summary.appendChild(list);
      form.parentNode.insertBefore(summary, form);
      summary.focus();
    }

    function markField(element, name, messages) {
      var container = element.tagName === "FIELDSET" ? element : element.closest(".field");
      if (!container) {
        return;
      }
      container.classList.add("field--invalid");
      var errorList = document.createElement("ul");
      errorList.className = "field__errors";
      errorList.id = "id_" + name + "-errors";
      errorList.dataset.intake = "";
      messages.forEach(function (message) {
        var item = document.createElement("li");
        item.textContent = message;
        errorList.appendChild(item);
      });
      var widget = element.tagName === "FIELDSET" ? container.querySelector(".choice") : element;
      if (element.type === "checkbox") {
        container.appendChild(errorList);
      } else {
        container.insertBefore(errorList, widget);
      }
      element.setAttribute("aria-invalid", "true");
      var described = (element.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
      if (described.indexOf(errorList.id) === -1) {
        described.push(errorList.id);
      }
      element.setAttribute("aria-describedby", described.join(" "));
    }

    function showSent(body) {
      var notice = document.createElement("div");
      notice.className = "notice notice--success";
      notice.setAttribute("role", "status");
      var heading = document.createElement("h2");
      heading.textContent = form.dataset.sentTitle;
      notice.appendChild(heading);
      var section = document.createElement("section");
      section.className = "downloads";
      var title = document.createElement("h2");
      title.textContent = form.dataset.materialsTitle;
      section.appendChild(title);
      var list = document.createElement("ul");
      list.className = "card-list";
      body.downloads.forEach(function (download) {
        var item = document.createElement("li");
        item.className = "card";
        var link = document.createElement("a");
        link.className = "button button--primary";
        link.href = download.url;
        link.textContent = download.title;
        item.appendChild(link);
        list.appendChild(item);
      });
      section.appendChild(list);
      clearErrors();
      form.replaceWith(notice);
      notice.after(section);
      notice.tabIndex = -1;
      notice.focus();
    }

    function send(body, attempt) {
      var button = form.querySelector('button[type="submit"]');
      button.disabled = true;
      return fetch(api, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          Accept: "application/json",
          "Accept-Language": locale,
          "Idempotency-Key": key,
        },
        body: body,
      })
        .then(function (response) {
          return response.json().then(function (answer) {
            return { status: response.status, body: answer };
          });
        })
        .then(function (result) {
          button.disabled = false;
          if (result.status === 200 || result.status === 201) {
            if (result.body.downloads && result.body.downloads.length) {
              showSent(result.body);
            } else {
              window.location.assign(form.dataset.thanks);
            }
          } else if (result.status === 409 && attempt < 5) {
            return new Promise(function (resolve) {
              setTimeout(resolve, 1000);
            }).then(function () {
              return send(body, attempt + 1);
            });
          } else if (result.body.errors) {
            showErrors(result.body.errors, form.dataset.errorTitle);
            if (result.body.errors.form_token) {
              fetchToken();
            }
          } else {
            showErrors({ "": [result.body.detail || form.dataset.failed] }, form.dataset.errorTitle);
          }
        })
        .catch(function () {
          button.disabled = false;
          showErrors({ "": [form.dataset.failed] }, form.dataset.errorTitle);
        });
    }

    form.addEventListener("submit", function (event) {
      if (!fresh) {
        return; // no fresh token (API unreachable): the browser posts the form itself
      }
      event.preventDefault();
      var body = JSON.stringify(collect());
      if (body !== lastBody) {
        key = window.crypto && crypto.randomUUID
          ? crypto.randomUUID()
          : String(Date.now()) + "-" + String(Math.random()).slice(2);
        lastBody = body;
      }
      send(body, 0);
    });

    fetchToken();
  }

  // A member company's registration link (?company=CODE) opened on the static site: the
  // code goes into the form's hidden field, and the role choice's links pass it on (the
  // live site does both on the server).
  var company = new URLSearchParams(window.location.search).get("company");
  if (company) {
    document.querySelectorAll('input[name="company_code"]').forEach(function (input) {
      if (!input.value) {
        input.value = company;
      }
    });
    document.querySelectorAll("a[data-role-choice]").forEach(function (link) {
      link.search = "?company=" + encodeURIComponent(company);
    });
  }

  document.querySelectorAll("form[data-intake-api]").forEach(enhance);
})();
