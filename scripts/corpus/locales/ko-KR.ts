/** Korean fragments. */
import type {LocaleText} from './types.js'

export const korean: LocaleText = {
  locale: 'ko-KR',
  script: '없음알수기본사용완료실패보류상태값',
  enumTitle: (name) => `${name} 열거형 형식`,
  resourceTitle: (name) => `${name} 리소스 종류`,
  operationTitle: {
    list: (name) => `${name} 개체 나열`,
    get: (name) => `${name} 가져오기`,
    create: (name) => `${name} 만들기`,
    update: (name) => `${name} 업데이트`,
    delete: (name) => `${name} 삭제`
  },
  operationSummary: {
    list: (type) => `${type} 개체 목록과 해당 속성을 검색합니다.`,
    get: (type) => `${type} 개체의 속성과 관계를 읽습니다.`,
    create: (type) => `새 ${type} 개체를 만듭니다.`,
    update: (type) => `${type} 개체의 속성을 업데이트합니다.`,
    delete: (type) => `${type} 개체를 삭제합니다.`
  },
  betaNote: '**중요:** Microsoft Graph의 /beta 엔드포인트는 언제든지 변경될 수 있습니다. 프로덕션 앱은 이 엔드포인트에 의존하면 안 됩니다.',
  intuneNote: (link) => `**참고:** Microsoft Graph를 통해 Intune을 관리하려면 테넌트에 ${link('활성 Intune 라이선스')}가 있어야 합니다.`,
  headings: {
    members: '멤버',
    properties: '속성',
    relationships: '관계',
    jsonRepresentation: 'JSON 표현',
    methods: '메서드',
    prerequisites: '필수 구성 요소',
    httpRequest: 'HTTP 요청',
    optionalQueryParameters: '선택적 쿼리 매개 변수',
    requestHeaders: '요청 헤더',
    requestBody: '요청 본문',
    response: '응답',
    example: '예제',
    request: '요청'
  },
  columns: {
    member: '멤버',
    value: '값',
    description: '설명',
    property: '속성',
    type: '유형',
    header: '헤더',
    permissionType: '사용 권한 유형',
    permissions: '사용 권한(최고 권한에서 최저 권한까지)',
    method: '메서드',
    returnType: '반환 형식',
    relationship: '관계'
  },
  delegatedWork: '위임(회사 또는 학교 계정)',
  delegatedPersonal: '위임(개인 Microsoft 계정)',
  application: '응용 프로그램',
  notSupported: '지원되지 않음.',
  bearer: '전달자 &lt;토큰&gt;. 필수.',
  permissionsIntro: (link) => `이 API를 호출하려면 다음 권한 중 하나가 필요합니다. 권한을 선택하는 방법은 ${link('사용 권한')}을 참조하세요.`,
  noRequestBody: '이 메서드에는 요청 본문을 제공하지 마세요.',
  requestBodyIntro: (type) => `요청 본문에서 ${type} 개체의 JSON 표현을 제공합니다.`,
  responseOk: (code, type) => `성공하면 이 메서드는 ${code} 응답 코드와 응답 본문에 ${type} 개체를 반환합니다.`,
  responseList: (code, type) => `성공하면 이 메서드는 ${code} 응답 코드와 응답 본문에 ${type} 개체 컬렉션을 반환합니다.`,
  responseCreated: (code, type) => `성공하면 이 메서드는 ${code} 응답 코드와 응답 본문에 새 ${type} 개체를 반환합니다.`,
  responseNoContent: (code) => `성공하면 이 메서드는 ${code} 응답 코드를 반환합니다.`,
  queryParameters: (link) => `이 메서드는 응답을 조정하는 일부 ${link('OData 쿼리 매개 변수')}를 지원합니다.`,
  exampleRequest: '다음 예제는 요청을 보여 줍니다.',
  exampleResponse: '다음 예제는 응답을 보여 줍니다. 가독성을 위해 여기에 표시된 개체는 잘릴 수 있습니다.',
  enumIntro: (words) => `${words}에 사용할 수 있는 값입니다.`,
  resourceIntro: (words) => `${words} 및 관련 설정을 나타냅니다.`,
  possibleValues: (codes) => `가능한 값은 ${codes.join(', ')}입니다.`,
  propertyDescription: {
    id: (_, owner) => `${owner}의 고유 식별자입니다. 읽기 전용입니다.`,
    text: (words, owner) => `${owner}의 ${words}입니다.`,
    flag: (words) => `${words}이(가) 켜져 있는지 여부를 나타냅니다.`,
    time: (words) => `${words}의 날짜와 시간입니다. 타임스탬프는 ISO 8601 형식이며 항상 UTC입니다.`,
    count: (words, owner) => `이 ${owner}의 ${words} 수입니다.`,
    list: (words, owner) => `${owner}에 속한 ${words}입니다.`,
    other: (words, owner) => `${owner}과(와) 연결된 ${words}입니다.`
  },
  memberDescription: (words) => `${words} 상태입니다.`,
  collection: (type) => `${type} 컬렉션`,
  words: {
    none: '없음', unknown: '알 수 없음', default: '기본값', enabled: '사용', disabled: '사용 안 함',
    completed: '완료됨', failed: '실패', pending: '보류 중', success: '성공', active: '활성', other: '기타',
    low: '낮음', high: '높음', normal: '보통', custom: '사용자 지정', blocked: '차단됨', allowed: '허용됨',
    valid: '유효', expired: '만료됨', invalid: '잘못됨', business: '비즈니스', education: '교육',
    text: '텍스트', private: '비공개', id: 'ID', name: '이름', displayName: '표시 이름', description: '설명',
    status: '상태', state: '상태', type: '유형', token: '토큰', subject: '제목', body: '본문'
  },
  primitives: {Boolean: '부울', String: '문자열', Int32: '정수', Int64: '64비트 정수', DateTimeOffset: '날짜/시간 오프셋', Guid: '고유 식별자'},
  headers: {
    Authorization: ['권한 부여'],
    Accept: ['수락'],
    'Content-Type': ['콘텐츠 형식'],
    Prefer: ['선호'],
    'If-Match': ['일치하는 경우']
  },
  methods: {GET: '가져오기', POST: '게시', PATCH: '패치', DELETE: '삭제'},
  pathWords: ['장치관리', '토큰', '메시지', '이벤트', '사용자'],
  numberWords: ['영', '일', '이', '삼'],
  scopeAll: '모두'
}
