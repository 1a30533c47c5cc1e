import type { VisibleTile } from '../../content/types.ts';

/**
 * A small hand-written library for the engine's unit tests: five tiles in
 * English, Polish, Bulgarian and Ukrainian (one sensitive), written for the
 * tests, independent of any evaluation set.
 */
function tile(key: string, theme: string, content: VisibleTile['content'], sensitive = false): VisibleTile {
  return { id: key, key, ownerSlug: 'testdorp', theme, sensitive, sourceLang: 'en', content, links: [{ label: 'Info', url: `https://example.org/${key}` }] };
}

export const SAMPLE_LIBRARY: VisibleTile[] = [
  tile('bsn', 'registration', {
    en: { title: 'Register at the municipality and get a BSN', body: 'Staying longer than four months? Register at the town hall (gemeente). Bring your passport and rental contract. You get your citizen service number (BSN).', examples: ['How do I get a BSN?', 'Where do I register my address?'] },
    pl: { title: 'Zameldowanie w gminie i numer BSN', body: 'Zostajesz dłużej niż cztery miesiące? Zamelduj się w urzędzie gminy (gemeente). Zabierz paszport i umowę najmu. Otrzymasz numer BSN.', examples: ['Jak dostać numer BSN?', 'Gdzie się zameldować?'] },
    bg: { title: 'Регистрация в общината и номер BSN', body: 'Оставате повече от четири месеца? Регистрирайте се в общината. Носете паспорт и договор за наем. Получавате номер BSN.', examples: ['Как да получа BSN номер?', 'Къде да се регистрирам?'] },
    uk: { title: 'Реєстрація в муніципалітеті та номер BSN', body: 'Залишаєтеся довше ніж чотири місяці? Зареєструйтеся в муніципалітеті (gemeente). Візьміть паспорт і договір оренди. Ви отримаєте номер BSN.', examples: ['Як отримати номер BSN?', 'Де зареєструватися?'] },
  }),
  tile('minimum-wage', 'income', {
    en: { title: 'Minimum wage', body: 'Every worker aged 21 or older earns at least the legal minimum wage per hour. The amount changes twice a year. Your agency must pay it.', examples: ['What is the minimum wage per hour?', 'My agency pays too little, is that legal?'] },
    pl: { title: 'Płaca minimalna', body: 'Każdy pracownik w wieku 21 lat lub starszy zarabia co najmniej ustawową płacę minimalną za godzinę. Kwota zmienia się dwa razy w roku. Agencja musi ją płacić.', examples: ['Ile wynosi płaca minimalna za godzinę?', 'Agencja płaci za mało, czy to legalne?'] },
    bg: { title: 'Минимална заплата', body: 'Всеки работник на 21 или повече години получава поне законната минимална заплата на час. Сумата се променя два пъти годишно. Агенцията трябва да я плаща.', examples: ['Колко е минималната заплата на час?', 'Агенцията плаща малко, законно ли е?'] },
    uk: { title: 'Мінімальна зарплата', body: 'Кожен працівник віком від 21 року отримує щонайменше законну мінімальну зарплату за годину. Сума змінюється двічі на рік. Агентство мусить її платити.', examples: ['Яка мінімальна зарплата за годину?', 'Агентство платить замало, це законно?'] },
  }),
  tile('health-insurance', 'health', {
    en: { title: 'Health insurance', body: 'If you work in the Netherlands you must take out Dutch health insurance (zorgverzekering) within four months. You choose the insurer yourself.', examples: ['Do I need Dutch health insurance?', 'Can I choose my own insurer?'] },
    pl: { title: 'Ubezpieczenie zdrowotne', body: 'Jeśli pracujesz w Holandii, musisz wykupić holenderskie ubezpieczenie zdrowotne (zorgverzekering) w ciągu czterech miesięcy. Ubezpieczyciela wybierasz sam.', examples: ['Czy potrzebuję holenderskiego ubezpieczenia?', 'Czy mogę sam wybrać ubezpieczyciela?'] },
    bg: { title: 'Здравна осигуровка', body: 'Ако работите в Нидерландия, трябва да сключите холандска здравна осигуровка (zorgverzekering) до четири месеца. Сами избирате застрахователя.', examples: ['Трябва ли ми холандска здравна осигуровка?', 'Мога ли сам да избера застраховател?'] },
    uk: { title: 'Медичне страхування', body: 'Якщо ви працюєте в Нідерландах, ви маєте оформити нідерландське медичне страхування (zorgverzekering) протягом чотирьох місяців. Страховика обираєте самі.', examples: ['Чи потрібне мені нідерландське страхування?', 'Чи можу я сам обрати страховика?'] },
  }),
  tile('waste', 'practical', {
    en: { title: 'Household waste', body: 'Put plastic, paper and glass in separate bins. The rubbish truck comes on fixed days; check the waste calendar of the municipality.', examples: ['Which bin is for plastic?', 'When is the rubbish collected?'] },
    pl: { title: 'Odpady domowe', body: 'Plastik, papier i szkło wrzucaj do osobnych pojemników. Śmieciarka przyjeżdża w stałe dni; sprawdź kalendarz odpadów gminy.', examples: ['Do którego pojemnika plastik?', 'Kiedy wywożą śmieci?'] },
  }),
  tile('report-exploitation', 'abuse', {
    en: { title: 'Report exploitation', body: 'Your employer may never keep your passport or withhold your wages. You can report this, also anonymously, to the Labour Inspectorate.', examples: ['My boss keeps my passport, is that allowed?', 'Where can I report that I was not paid?'] },
    pl: { title: 'Zgłoś wyzysk', body: 'Pracodawca nigdy nie może zatrzymać twojego paszportu ani wstrzymać wypłaty. Możesz to zgłosić, także anonimowo, do Inspekcji Pracy.', examples: ['Szef trzyma mój paszport, czy to dozwolone?', 'Gdzie zgłosić, że mi nie zapłacili?'] },
  }, true),
];
