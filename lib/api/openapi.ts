// The API contract. Enumerations come from the same constants the validation uses, so they cannot drift apart.
import { MAX_LIMIT, DEFAULT_LIMIT, SORTS, STATUS_FILTERS } from "@/lib/validation/commitment-filters";
import { REFERENCE_ROLES } from "@/lib/commitment/references";
import { COMMITMENT_STATUSES } from "@/lib/commitment/status";

const listParameters = [
  { name: "q", in: "query", description: "Zoeken (Nederlandse volledige-tekstzoekopdracht; websearch-syntaxis)", schema: { type: "string", maxLength: 200 } },
  {
    name: "status",
    in: "query",
    description: "Een of meer statussen, komma-gescheiden of herhaald; 'overdue' = openstaand en over de termijn",
    schema: { type: "array", items: { type: "string", enum: [...STATUS_FILTERS] } },
    style: "form",
    explode: false,
  },
  {
    name: "ministry",
    in: "query",
    description: "Ministeriecode(s), bijvoorbeeld JenV",
    schema: { type: "array", items: { type: "string" } },
    style: "form",
    explode: false,
  },
  { name: "minister", in: "query", description: "Bewindspersoon-id('s)", schema: { type: "array", items: { type: "integer" } }, style: "form", explode: false },
  {
    name: "dossier",
    in: "query",
    description: 'Dossiernummer(s), bijvoorbeeld 29628 of 34775-IV; spaties en kleine letters mogen ("29 628", "34775 iv")',
    schema: { type: "array", items: { type: "string" } },
    style: "form",
    explode: false,
  },
  { name: "deadlineFrom", in: "query", description: "Uiterste termijn op of na deze datum", schema: { type: "string", format: "date" } },
  { name: "deadlineTo", in: "query", description: "Uiterste termijn op of voor deze datum", schema: { type: "string", format: "date" } },
  { name: "sort", in: "query", schema: { type: "string", enum: [...SORTS], default: "deadline" } },
  { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT } },
  { name: "cursor", in: "query", description: "nextCursor uit het vorige antwoord", schema: { type: "string" } },
];

const reference = {
  type: "object",
  required: ["id", "label", "url", "role"],
  properties: {
    id: { type: "string", example: "kst-29628-1030" },
    label: { type: "string", example: "Kamerstuk 29 628, nr. 1030" },
    url: { type: "string", format: "uri" },
    role: { type: "string", enum: [...REFERENCE_ROLES] },
    title: { type: ["string", "null"] },
    date: { type: ["string", "null"], format: "date" },
  },
};

const commitment = {
  type: "object",
  required: ["number", "title", "text", "status", "overdue", "deadline", "madeOn", "minister", "ministry", "references"],
  properties: {
    number: { type: "string", example: "TZ-2021-0010" },
    title: { type: "string" },
    text: { type: "string", description: "Letterlijke tekst" },
    status: { type: "string", enum: [...COMMITMENT_STATUSES] },
    overdue: { type: "boolean", description: "Openstaand en de uiterste termijn ligt voor vandaag (afgeleid)" },
    daysOverdue: { type: ["integer", "null"] },
    daysRemaining: { type: ["integer", "null"] },
    deadline: {
      type: ["object", "null"],
      properties: {
        phrase: { type: "string", example: "uiterlijk in het voorjaar van 2022" },
        earliest: { type: ["string", "null"], format: "date" },
        latest: { type: ["string", "null"], format: "date" },
        precision: { type: ["string", "null"], enum: ["day", "week", "month", "quarter", "season", "half-year", "year", "open", null] },
      },
    },
    madeOn: { type: ["string", "null"], format: "date" },
    activity: { type: "string" },
    minister: { type: "object", properties: { id: { type: "integer" }, name: { type: "string" }, function: { type: "string" } } },
    ministry: { type: "object", properties: { code: { type: "string" }, name: { type: "string" } } },
    committee: { type: ["string", "null"] },
    addressee: { type: ["string", "null"] },
    dossiers: {
      type: "array",
      items: {
        type: "object",
        properties: { nummer: { type: "string" }, toevoeging: { type: ["string", "null"] }, title: { type: ["string", "null"] }, key: { type: "string" } },
      },
    },
    references: { type: "array", items: { $ref: "#/components/schemas/Reference" } },
    version: { type: "integer" },
    createdAt: { type: "string", format: "date-time" },
    updatedAt: { type: "string", format: "date-time" },
  },
};

const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

const filterParameters = listParameters.filter((p) => p.name !== "limit" && p.name !== "cursor");
const fileGet = (summary: string, contentType: string, parameters: object[] = filterParameters) => ({
  get: {
    summary,
    parameters,
    responses: {
      "200": { description: summary, content: { [contentType]: { schema: { type: "string", format: "binary" } } } },
      "400": problemResponse("Een parameter is ongeldig (page, limit en cursor horen hier niet), of de selectie is te groot: verfijn de filters"),
    },
  },
});

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Toezeggingenregister API",
    version: "1",
    description: "Toezeggingen van bewindspersonen aan de Staten-Generaal. Lezen kan zonder account.",
  },
  servers: [{ url: "/api/v1" }],
  paths: {
    "/commitments.csv": fileGet("Alle toezeggingen die aan de filters voldoen, als CSV (UTF-8 met BOM, komma, CRLF; hoogstens 100.000)", "text/csv"),
    "/commitments.xlsx": fileGet(
      "Alle toezeggingen die aan de filters voldoen, als Excel-bestand (hoogstens 100.000)",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    "/commitments.ics": fileGet(
      "Termijnen als iCalendar, om op te abonneren (webcal://); nagekomen toezeggingen alleen met status=fulfilled; hoogstens 10.000",
      "text/calendar",
    ),
    "/changes.atom": fileGet("Atom-feed van nieuwe toezeggingen, statuswijzigingen en opnieuw vastgestelde termijnen", "application/atom+xml", [
      ...filterParameters,
      {
        name: "since",
        in: "query",
        description: "Vanaf deze datum (begin van de dag in Nederland) of dit tijdstip met tijdzone; zonder: de laatste 100",
        schema: { type: "string" },
      },
    ]),
    "/commitments": {
      get: {
        summary: "Toezeggingen zoeken en filteren",
        parameters: listParameters,
        responses: {
          "200": {
            description: "Een pagina toezeggingen",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: {
                    items: { type: "array", items: { $ref: "#/components/schemas/Commitment" } },
                    nextCursor: { type: ["string", "null"] },
                    next: { type: ["string", "null"], format: "uri" },
                  },
                },
              },
            },
          },
          "400": problemResponse("Een parameter is ongeldig; errors noemt welke"),
        },
      },
    },
    "/commitments/{number}": {
      get: {
        summary: "Eén toezegging",
        parameters: [{ name: "number", in: "path", required: true, schema: { type: "string", pattern: "^TZ-\\d{4}-\\d{4,}$" } }],
        responses: {
          "200": { description: "De toezegging", content: { "application/json": { schema: { $ref: "#/components/schemas/Commitment" } } } },
          "400": problemResponse("Geen geldig toezeggingnummer"),
          "404": problemResponse("Bestaat niet"),
        },
      },
    },
    "/documents/{id}": {
      get: {
        summary: "Een Kamerstuk en de toezeggingen die ernaar verwijzen",
        parameters: [{ name: "id", in: "path", required: true, description: "Canonieke id, bijvoorbeeld kst-29628-1030", schema: { type: "string" } }],
        responses: {
          "200": { description: "Het document", content: { "application/json": { schema: { type: "object" } } } },
          "400": problemResponse("Geen geldige document-id"),
          "404": problemResponse("Niet in het register"),
        },
      },
    },
  },
  components: {
    schemas: {
      Commitment: commitment,
      Reference: reference,
      Problem: {
        type: "object",
        properties: {
          title: { type: "string" },
          status: { type: "integer" },
          detail: { type: "string" },
          errors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
        },
      },
    },
  },
} as const;
