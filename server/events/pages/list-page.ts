import { datesText, placeWords, stateText } from "./common.ts";
import { html } from "./html.ts";
import { renderLayout, t } from "./layout.ts";
import type { EventListView } from "./views.ts";

/** The organisation's upcoming published events: each with its dates, place and state. */
export function renderEventList(view: EventListView): string {
  const { locale, organisation } = view;
  const title = t(locale, "Kommande utbildningar", "Upcoming events");
  const main = html`<h1>${title}</h1>
<p class="lead">${t(
    locale,
    `Utbildningar som ${organisation.name} arrangerar. Välj en utbildning för att läsa mer och anmäla dig.`,
    `Events run by ${organisation.name}. Choose an event to read more and register.`,
  )}</p>
${
  view.events.length === 0
    ? html`<p>${t(
        locale,
        "Just nu finns inga kommande utbildningar. Titta gärna in igen senare.",
        "There are no upcoming events right now. Please look again later.",
      )}</p>`
    : html`<ul class="event-list">
${view.events.map(
  (item) => html`<li>
<h2><a href="${item.url}">${item.event.title}</a></h2>
<p>${datesText(item.event.days, locale)}</p>
<p>${t(locale, "Plats", "Place")}: ${placeWords(item.event, locale)}</p>
<p><strong>${stateText(item.state, item.closesAt, locale)}</strong></p>
</li>`,
)}
</ul>`
}`;
  return renderLayout(view, { title, main });
}
