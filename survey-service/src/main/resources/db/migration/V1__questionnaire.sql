-- A questionnaire version is an immutable document: groups, questions and the answer scale, in
-- Vietnamese and English. Responses always refer to the version they answered.
create table questionnaire (
    version      integer      primary key check (version > 0),
    definition   jsonb        not null,
    published_at timestamptz  not null default now(),
    published_by varchar(200) not null
);

-- Version 1: the five SIPAS factor groups (Chỉ số hài lòng về sự phục vụ hành chính).
insert into questionnaire (version, published_by, definition) values (1, 'migration V1', $json$
{
  "title": {"vi": "Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước",
            "en": "Citizen and business satisfaction with the service of public administration"},
  "scale": [
    {"value": 1, "label": {"vi": "Rất không hài lòng", "en": "Very dissatisfied"}},
    {"value": 2, "label": {"vi": "Không hài lòng", "en": "Dissatisfied"}},
    {"value": 3, "label": {"vi": "Bình thường", "en": "Neither satisfied nor dissatisfied"}},
    {"value": 4, "label": {"vi": "Hài lòng", "en": "Satisfied"}},
    {"value": 5, "label": {"vi": "Rất hài lòng", "en": "Very satisfied"}}
  ],
  "groups": [
    {"code": "ACCESS", "name": {"vi": "Tiếp cận dịch vụ", "en": "Access to the service"}, "questions": [
      {"code": "ACCESS_1", "required": true, "text": {"vi": "Nơi ngồi chờ tại Bộ phận Một cửa có đủ chỗ ngồi", "en": "The waiting area of the one-stop desk had enough seats"}},
      {"code": "ACCESS_2", "required": true, "text": {"vi": "Trang thiết bị phục vụ người dân, tổ chức đầy đủ", "en": "The equipment provided for citizens and businesses was sufficient"}},
      {"code": "ACCESS_3", "required": true, "text": {"vi": "Trang thiết bị phục vụ người dân, tổ chức hiện đại và dễ sử dụng", "en": "The equipment was modern and easy to use"}},
      {"code": "ACCESS_4", "required": true, "text": {"vi": "Dễ dàng tìm hiểu thông tin và nộp hồ sơ trực tuyến hoặc trực tiếp", "en": "It was easy to find information and to file online or in person"}}
    ]},
    {"code": "PROCEDURE", "name": {"vi": "Thủ tục hành chính", "en": "The administrative procedure"}, "questions": [
      {"code": "PROCEDURE_1", "required": true, "text": {"vi": "Thủ tục hành chính được niêm yết công khai đầy đủ, chính xác", "en": "The procedure was published in full and accurately"}},
      {"code": "PROCEDURE_2", "required": true, "text": {"vi": "Thành phần hồ sơ phải nộp đúng quy định", "en": "The documents I had to submit were those the rules require"}},
      {"code": "PROCEDURE_3", "required": true, "text": {"vi": "Phí, lệ phí phải nộp đúng quy định", "en": "The fees I paid were those the rules set"}},
      {"code": "PROCEDURE_4", "required": true, "text": {"vi": "Thời hạn giải quyết đúng quy định", "en": "The processing time was within the legal limit"}}
    ]},
    {"code": "CIVIL_SERVANTS", "name": {"vi": "Công chức trực tiếp giải quyết công việc", "en": "The civil servants who handled the case"}, "questions": [
      {"code": "CIVIL_SERVANTS_1", "required": true, "text": {"vi": "Công chức có thái độ giao tiếp lịch sự, chú ý lắng nghe", "en": "The civil servant was polite and listened attentively"}},
      {"code": "CIVIL_SERVANTS_2", "required": true, "text": {"vi": "Công chức trả lời, giải thích đầy đủ các ý kiến của người dân, tổ chức", "en": "The civil servant answered and explained every question fully"}},
      {"code": "CIVIL_SERVANTS_3", "required": true, "text": {"vi": "Công chức hướng dẫn kê khai hồ sơ tận tình, dễ hiểu", "en": "The civil servant guided the filing thoroughly and clearly"}},
      {"code": "CIVIL_SERVANTS_4", "required": true, "text": {"vi": "Công chức tuân thủ đúng quy định, không gây phiền hà, sách nhiễu", "en": "The civil servant followed the rules, without obstruction or harassment"}}
    ]},
    {"code": "RESULT", "name": {"vi": "Kết quả giải quyết thủ tục hành chính", "en": "The result of the procedure"}, "questions": [
      {"code": "RESULT_1", "required": true, "text": {"vi": "Kết quả nhận được đúng quy định", "en": "The result I received complied with the rules"}},
      {"code": "RESULT_2", "required": true, "text": {"vi": "Kết quả có thông tin đầy đủ, chính xác", "en": "The result contained complete and accurate information"}},
      {"code": "RESULT_3", "required": true, "text": {"vi": "Kết quả được trả đúng hẹn", "en": "The result was returned on the appointed date"}}
    ]},
    {"code": "FEEDBACK", "name": {"vi": "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", "en": "Handling of feedback, complaints and suggestions"}, "questions": [
      {"code": "FEEDBACK_1", "required": false, "text": {"vi": "Cơ quan có bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị", "en": "The office offered a way to give feedback or complain"}},
      {"code": "FEEDBACK_2", "required": false, "text": {"vi": "Người dân, tổ chức dễ dàng thực hiện góp ý, phản ánh, kiến nghị", "en": "It was easy to give feedback or complain"}},
      {"code": "FEEDBACK_3", "required": false, "text": {"vi": "Góp ý, phản ánh, kiến nghị được tiếp nhận, xử lý tích cực và thông báo kết quả kịp thời", "en": "Feedback was handled actively and its outcome communicated promptly"}}
    ]}
  ]
}
$json$::jsonb);
