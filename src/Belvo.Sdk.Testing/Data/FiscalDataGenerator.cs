using System.Globalization;
using System.Text.Json.Nodes;

namespace Belvo.Sdk.Testing.Data;

/// <summary>
/// Generates SAT (Mexico) fiscal data for a fiscal link: invoices per day, yearly and monthly personal tax returns,
/// and the tax status. Everything depends only on the seed, the institution, the username and the period.
/// </summary>
internal sealed class FiscalDataGenerator(int seed)
{
    private static readonly (string Name, string Rfc)[] Companies =
    [
        ("ACME CORP SA DE CV", "ACM010101AB1"),
        ("COMERCIALIZADORA DEL BAJIO SA DE CV", "CBA990512QW3"),
        ("SERVICIOS CONTABLES PEREZ SC", "SCP120830LM7"),
        ("DISTRIBUIDORA NORTENA SA DE CV", "DNO050215HT2"),
        ("TECNOLOGIA APLICADA DE MEXICO SAPI", "TAM180301KJ9"),
    ];

    private static readonly (string Description, string Product, string Unit, string UnitCode)[] Products =
    [
        ("Servicios de contabilidad", "84111506", "Unidad de servicio", "E48"),
        ("Consultoría en sistemas", "81111800", "Unidad de servicio", "E48"),
        ("Papelería y artículos de oficina", "14111500", "Pieza", "H87"),
        ("Mantenimiento de equipo de cómputo", "81112300", "Unidad de servicio", "E48"),
        ("Renta de local comercial", "80131500", "Mes", "MON"),
    ];

    private static readonly string[] MonthNames = ["Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Octubre", "Noviembre", "Diciembre"];

    public List<JsonObject> Invoices(LinkProfile profile, DateOnly from, DateOnly to, string type, bool attachXml, Func<string, string> idFor, DateTimeOffset now)
    {
        var self = Persona.For(seed, profile.Institution.Name, profile.Username, profile.Institution.Country);
        var result = new List<JsonObject>();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            var random = SeededRandom.For(seed, "invoices", profile.Institution.Name, profile.Username, type, Timestamps.Format(date));
            for (var i = random.Next(0, 3) - 1; i >= 0; i--)
            {
                var key = string.Create(CultureInfo.InvariantCulture, $"{type}|{Timestamps.Format(date)}|{i}");
                result.Add(Invoice(profile, self, date, type, key, attachXml, random, idFor(key), now));
            }
        }

        return result;
    }

    public List<JsonObject> YearlyTaxReturns(LinkProfile profile, int yearFrom, int yearTo, bool attachPdf, Func<string, string> idFor, DateTimeOffset now)
    {
        var self = Persona.For(seed, profile.Institution.Name, profile.Username, profile.Institution.Country);
        var result = new List<JsonObject>();
        for (var year = yearFrom; year <= yearTo; year++)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"yearly|{year}");
            var random = SeededRandom.For(seed, "tax-return", profile.Institution.Name, profile.Username, key);
            var salary = random.Amount(120000m, 650000m);
            var withheld = Math.Round(salary * 0.16m, 0);
            var fees = random.Amount(0m, 90000m);
            var deductions = random.Amount(5000m, 40000m);
            var taxable = Math.Round(salary + fees - deductions, 0);
            var taxDue = Math.Round(taxable * 0.17m, 0);
            var balance = taxDue - withheld - Math.Round(fees * 0.1m, 0);
            var item = Common(profile, idFor(key), now);
            item["informacion_general"] = GeneralInformation(self, year, "Del Ejercicio", new DateOnly(year + 1, 4, random.Next(1, 28)), random);
            item["sueldos_salarios"] = new JsonObject
            {
                ["retenedores"] = new JsonArray(new JsonObject
                {
                    ["rfc_retenedor"] = Companies[0].Rfc,
                    ["nombre_denominacion_razon_social"] = Companies[0].Name,
                    ["ingresos_exentos"] = 0m,
                    ["ingreso_anual"] = salary,
                    ["subsidio_empleo"] = 0m,
                }),
                ["impuesto_retenido"] = withheld,
                ["ingreso_anual"] = salary,
                ["ingresos_acumulables"] = salary,
                ["ingresos_exentos"] = 0m,
                ["subsidio_empleo"] = 0m,
            };
            item["servicios_profesionales"] = new JsonObject
            {
                ["ingresos"] = new JsonObject { ["ingresos_acumulables"] = fees, ["ingresos_exentos"] = null, ["otros_ingresos"] = null, ["total_ingresos"] = fees },
                ["retenciones_isr"] = new JsonObject { ["isr_retenido_personas_morales"] = Math.Round(fees * 0.1m, 0) },
            };
            item["dividendos"] = new JsonObject { ["monto_acumulable_dividendos_utilidades"] = null, ["monto_total_isr_pagado_sociedad"] = null };
            item["deducciones_personales"] = new JsonObject
            {
                ["honorarios_medicos_dentales_hospitalarios"] = new JsonArray(new JsonObject { ["rfc_emisor"] = Companies[2].Rfc, ["monto_deducible"] = deductions }),
            };
            item["retenciones"] = new JsonObject
            {
                ["sueldos_salarios"] = new JsonArray(new JsonObject { ["rfc_retenedor"] = Companies[0].Rfc, ["monto_retenciones"] = salary, ["retenciones_isr"] = withheld }),
                ["dividendos"] = new JsonArray(),
                ["servicios_profesionales"] = new JsonArray(),
            };
            item["determinacion_impuesto"] = new JsonObject
            {
                ["base_gravable"] = taxable,
                ["deducciones_personales"] = deductions,
                ["ingresos_acumulables"] = salary + fees,
                ["isr_conforme_tarifa_final"] = taxDue,
                ["isr_retenido"] = withheld,
                ["pagos_provisionales"] = 0m,
                ["isr_favorable"] = balance < 0 ? -balance : 0m,
                ["isr_a_cargo"] = balance > 0 ? balance : 0m,
            };
            item["datos_informativos"] = new JsonObject { ["credito_fiscal_autorizado_proyectos_investigacion_desarrollo"] = 0m };
            item["pdf"] = attachPdf ? Documents.Pdf($"Declaracion anual {year} {self.Rfc}") : null;
            item["receipt_pdf"] = attachPdf ? Documents.Pdf($"Acuse de recibo {year} {self.Rfc}") : null;
            item["type"] = "yearly";
            result.Add(item);
        }

        return result;
    }

    public List<JsonObject> MonthlyTaxReturns(LinkProfile profile, DateOnly from, DateOnly to, bool attachPdf, Func<string, string> idFor, DateTimeOffset now)
    {
        var self = Persona.For(seed, profile.Institution.Name, profile.Username, profile.Institution.Country);
        var result = new List<JsonObject>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var key = "monthly|" + month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var random = SeededRandom.For(seed, "tax-return", profile.Institution.Name, profile.Username, key);
            var income = random.Amount(10000m, 80000m);
            var expenses = random.Amount(1000m, income / 2);
            var isr = Math.Round((income - expenses) * 0.1m, 0);
            var vat = Math.Round((income - expenses) * 0.16m, 0);
            var item = Common(profile, idFor(key), now);
            item["informacion_general"] = GeneralInformation(self, month.Year, MonthNames[month.Month - 1], month.AddMonths(1).AddDays(random.Next(0, 16)), random);
            item["isr"] = new JsonObject
            {
                ["tipo"] = "PFAE",
                ["determinacion"] = new JsonObject
                {
                    ["ingresos_periodo"] = income,
                    ["total_ingresos"] = income,
                    ["compra_gastos_periodo"] = expenses,
                    ["total_compras_gastos"] = expenses,
                    ["base_gravable_pago_provisional"] = income - expenses,
                    ["isr_causado"] = isr,
                    ["impuesto_retenido"] = 0m,
                    ["isr_cargo"] = isr,
                },
                ["detalle_del_pago"] = Payment(isr),
            };
            item["iva"] = new JsonObject
            {
                ["determinacion"] = new JsonObject
                {
                    ["actividades_gravadas_tasa_16"] = income,
                    ["actividades_gravadas_tasa_0"] = 0m,
                    ["actividades_exentas"] = 0m,
                    ["iva_cobrado_periodo_tasa_16"] = Math.Round(income * 0.16m, 0),
                    ["iva_acreditable_periodo"] = Math.Round(expenses * 0.16m, 0),
                    ["iva_retenido"] = 0m,
                },
                ["detalle_del_pago"] = Payment(vat),
            };
            item["pdf"] = attachPdf ? Documents.Pdf($"Declaracion mensual {key} {self.Rfc}") : null;
            item["receipt_pdf"] = attachPdf ? Documents.Pdf($"Acuse de recibo {key} {self.Rfc}") : null;
            item["type"] = "monthly";
            item.Remove("link"); // TaxReturnPersonalMonthly has no link; the list's link filter reads the item's owner.
            result.Add(item);
        }

        return result;
    }

    public JsonObject TaxStatus(LinkProfile profile, bool attachPdf, string id, DateOnly today, DateTimeOffset now)
    {
        var self = Persona.For(seed, profile.Institution.Name, profile.Username, profile.Institution.Country);
        var random = SeededRandom.For(seed, "tax-status", profile.Institution.Name, profile.Username);
        var registered = new DateOnly(2008, 1, 1).AddDays(random.Next(365 * 10));
        var item = Common(profile, id, now);
        item["place_and_date_of_issuance"] = $"{self.City.ToUpperInvariant()} A {today.Day} DE {MonthNames[today.Month - 1].ToUpperInvariant()} DE {today.Year}";
        item["official_name"] = self.DisplayName.ToUpperInvariant();
        item["id_cif"] = random.Digits(11);
        item["tax_payer_information"] = new JsonObject
        {
            ["rfc"] = self.Rfc,
            ["curp"] = self.Curp,
            ["name"] = self.FirstName.ToUpperInvariant(),
            ["first_last_name"] = self.LastName.ToUpperInvariant(),
            ["second_last_name"] = self.SecondLastName.ToUpperInvariant(),
            ["start_operations_date"] = Timestamps.Format(registered),
            ["status_padron"] = "ACTIVO",
            ["last_status_change_date"] = Timestamps.Format(registered),
            ["commercial_name"] = null,
            ["social_name"] = null,
            ["email"] = self.Email,
            ["phone"] = random.Digits(10),
        };
        item["address"] = new JsonObject
        {
            ["postal_code"] = self.PostalCode,
            ["street_type"] = "CALLE",
            ["street"] = self.Street.ToUpperInvariant(),
            ["exterior_number"] = random.Next(1, 999).ToString(CultureInfo.InvariantCulture),
            ["interior_number"] = null,
            ["suburb"] = "CENTRO",
            ["locality"] = null,
            ["municipality"] = self.City.ToUpperInvariant(),
            ["state"] = self.City.ToUpperInvariant(),
            ["between_street"] = new JsonArray(new JsonObject { ["street_one"] = "CALLE PRINCIPE", ["street_two"] = "CALLE NUEVA ROMA" }),
        };
        item["economic_activity"] = new JsonArray(new JsonObject
        {
            ["economic_activity"] = "Asalariado",
            ["initial_date"] = Timestamps.Format(registered),
            ["end_date"] = null,
            ["order"] = "1",
            ["percentage"] = "100",
        });
        item["regimens"] = new JsonArray(new JsonObject
        {
            ["regimen"] = "Régimen de Sueldos y Salarios e Ingresos Asimilados a Salarios",
            ["initial_date"] = Timestamps.Format(registered),
            ["end_date"] = null,
        });
        item["obligations"] = new JsonArray(new JsonObject
        {
            ["obligation"] = "Declaración anual de ISR del ejercicio Personas físicas.",
            ["expiration"] = "A más tardar el 30 de abril del ejercicio siguiente.",
            ["initial_date"] = Timestamps.Format(registered),
            ["end_date"] = null,
        });
        item["digital_stamp"] = $"||{today.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)}|{self.Rfc}|CONSTANCIA DE SITUACIÓN FISCAL|{random.Digits(20)}||";
        item["digital_stamp_chain"] = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(self.Rfc + today)));
        item["pdf"] = attachPdf ? Documents.Pdf($"Constancia de situacion fiscal {self.Rfc}") : null;
        return item;
    }

    private static JsonObject Common(LinkProfile profile, string id, DateTimeOffset now) => new()
    {
        ["id"] = id,
        ["link"] = profile.LinkId,
        ["collected_at"] = Timestamps.Format(now),
        ["created_at"] = Timestamps.Format(now),
    };

    private static JsonObject GeneralInformation(Persona self, int year, string period, DateOnly filed, Random random) => new()
    {
        ["ejercicio"] = year,
        ["fecha_hora_presentacion"] = filed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T17:28:00-06:00",
        ["numero_operacion"] = random.Digits(11),
        ["periodo_declaracion"] = period,
        ["rfc"] = self.Rfc,
        ["tipo_declaracion"] = "Normal",
        ["nombre"] = self.DisplayName.ToUpperInvariant(),
    };

    private static JsonObject Payment(decimal amount) => new()
    {
        ["a_cargo"] = amount,
        ["parte_actualizada"] = 0m,
        ["recargos"] = 0m,
        ["total_contribuciones"] = amount,
        ["total_aplicaciones"] = 0m,
        ["cantidad_a_cargo"] = amount,
        ["cantidad_a_pagar"] = amount,
    };

    private JsonObject Invoice(LinkProfile profile, Persona self, DateOnly date, string type, string key, bool attachXml, Random random, string id, DateTimeOffset now)
    {
        var counterpart = random.Pick(Companies);
        var roll = random.Next(100);
        var invoiceType = type == "INFLOW"
            ? roll switch { < 60 => "Ingreso", < 70 => "Egreso", < 85 => "Pago", _ => "Nómina" }
            : roll switch { < 70 => "Ingreso", < 80 => "Egreso", < 95 => "Pago", _ => "Traslado" };
        var sent = type == "OUTFLOW";
        var (senderName, senderId) = sent ? (self.DisplayName.ToUpperInvariant(), self.Rfc) : counterpart;
        var (receiverName, receiverId) = sent ? counterpart : (self.DisplayName.ToUpperInvariant(), self.Rfc);
        var uuid = IdFactory.StableUuid($"{seed}|{profile.Institution.Name}|{profile.Username}|{key}").ToUpperInvariant();
        var collected = Timestamps.Format(now);
        var details = new JsonArray();
        decimal subtotal = 0, tax = 0;
        if (invoiceType is "Ingreso" or "Egreso" or "Nómina")
        {
            for (var line = invoiceType == "Nómina" ? 1 : random.Next(1, 4); line > 0; line--)
            {
                var product = invoiceType == "Nómina" ? ("Pago de nómina", "84111505", "Actividad", "ACT") : random.Pick(Products);
                var quantity = invoiceType == "Nómina" ? 1 : random.Next(1, 11);
                var unit = invoiceType == "Nómina" ? random.Amount(8000m, 25000m) : random.Amount(50m, 5000m);
                var preTax = quantity * unit;
                var rate = invoiceType == "Nómina" ? 0m : 16m;
                var lineTax = Math.Round(preTax * rate / 100m, 2);
                subtotal += preTax;
                tax += lineTax;
                // JsonNode, not JsonObject: JsonArray.Add<T> would serialise T with reflection (not trim/AOT safe).
                details.Add((JsonNode)new JsonObject
                {
                    ["description"] = product.Item1,
                    ["product_identification"] = product.Item2,
                    ["quantity"] = quantity,
                    ["unit_code"] = product.Item4,
                    ["unit_description"] = product.Item3,
                    ["unit_amount"] = unit,
                    ["pre_tax_amount"] = preTax,
                    ["tax_percentage"] = rate,
                    ["tax_amount"] = lineTax,
                    ["total_amount"] = preTax + lineTax,
                    ["retained_taxes"] = new JsonArray(),
                    ["collected_at"] = collected,
                });
            }
        }

        var total = subtotal + tax;
        var cancelled = random.Next(100) < 5;
        return new JsonObject
        {
            ["id"] = id,
            ["link"] = profile.LinkId,
            ["collected_at"] = collected,
            ["created_at"] = collected,
            ["version"] = "4.0",
            ["invoice_identification"] = uuid,
            ["invoice_date"] = Timestamps.Format(date),
            ["status"] = cancelled ? "Cancelado" : "Vigente",
            ["invoice_type"] = invoiceType,
            ["type"] = type,
            ["sender_id"] = senderId,
            ["sender_name"] = senderName,
            ["sender_tax_fraud_status"] = "NO_TAX_FRAUD_STATUS",
            ["receiver_id"] = receiverId,
            ["receiver_name"] = receiverName,
            ["receiver_tax_fraud_status"] = "NO_TAX_FRAUD_STATUS",
            ["cancelation_status"] = cancelled ? "Cancelado sin aceptación" : null,
            ["cancelation_update_date"] = cancelled ? Timestamps.Format(date.AddDays(3)) : null,
            ["certification_date"] = Timestamps.Format(date),
            ["certification_authority"] = "SAT970701NN3",
            ["payment_type"] = invoiceType == "Pago" ? null : "03",
            ["payment_type_description"] = invoiceType == "Pago" ? null : "Transferencia electrónica de fondos",
            ["payment_method"] = invoiceType == "Pago" ? null : "PUE",
            ["payment_method_description"] = invoiceType == "Pago" ? null : "Pago en una sola exhibición",
            ["usage"] = invoiceType == "Nómina" ? "CN01" : "G03",
            ["place_of_issue"] = self.PostalCode,
            ["invoice_details"] = details,
            ["currency"] = "MXN",
            ["subtotal_amount"] = subtotal,
            ["exchange_rate"] = 1m,
            ["tax_amount"] = tax,
            ["discount_amount"] = 0m,
            ["total_amount"] = total,
            ["payments"] = invoiceType == "Pago" ? Payments(date, counterpart.Rfc, self.Rfc, random) : new JsonArray(),
            ["payroll"] = invoiceType == "Nómina" ? Payroll(date, subtotal, collected) : null,
            ["folio"] = random.Next(1, 9999).ToString(CultureInfo.InvariantCulture),
            ["xml"] = attachXml ? Documents.InvoiceXml(uuid, senderId, receiverId, total, Timestamps.Format(date)) : null,
            ["warnings"] = null,
            ["sender_blacklist_status"] = null,
            ["receiver_blacklist_status"] = null,
        };
    }

    private static JsonArray Payments(DateOnly date, string payer, string beneficiary, Random random)
    {
        var previous = random.Amount(5000m, 30000m);
        var paid = Math.Round(previous / random.Next(1, 4), 2);
        return new JsonArray(new JsonObject
        {
            ["date"] = Timestamps.Format(new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)),
            ["payment_type"] = "03",
            ["currency"] = "MXN",
            ["exchange_rate"] = "1",
            ["amount"] = paid,
            ["operation_number"] = random.Digits(6),
            ["beneficiary_rfc"] = beneficiary,
            ["beneficiary_account_number"] = random.Digits(14),
            ["payer_rfc"] = payer,
            ["payer_account_number"] = random.Digits(14),
            ["payer_bank_name"] = "BANCO EREBOR",
            ["related_documents"] = new JsonArray(new JsonObject
            {
                ["invoice_identification"] = IdFactory.StableUuid(payer + date).ToUpperInvariant(),
                ["currency"] = "MXN",
                ["payment_method"] = "PPD",
                ["partiality_number"] = 1,
                ["previous_balance"] = previous,
                ["amount_paid"] = paid,
                ["outstanding_balance"] = previous - paid,
            }),
        });
    }

    private static JsonObject Payroll(DateOnly date, decimal amount, string collected) => new()
    {
        ["version"] = "1.2",
        ["type"] = "O",
        ["payment_date"] = Timestamps.Format(date),
        ["date_from"] = Timestamps.Format(date.AddDays(-14)),
        ["date_to"] = Timestamps.Format(date),
        ["days"] = 15,
        ["amount"] = amount,
        ["collected_at"] = collected,
    };
}
